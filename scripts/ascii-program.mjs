// The bundle in plain ASCII, for the loader to read as single bytes: V8 holds
// an ASCII program in half the memory of one with any character past U+00FF,
// and reads it in half the time. esbuild already writes strings and names in
// ASCII, but leaves other characters as they are in regular expressions and
// comments. Each is written here as a \uXXXX escape, found with TypeScript's
// parser, and only where the escape means the same: in a comment, a string,
// an untagged template or a regular expression (a character escaped with a
// backslash there, `\—`, becomes the escape alone). A character anywhere else
// (a tagged template's raw text, say) returns null, and the build keeps the
// program as it is.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/g;
const escape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Where escaping a character inside a token of this kind keeps its meaning: 'regexp', 'text' (strings, untagged templates), or null. */
function kindOf(token) {
  switch (token.kind) {
    case ts.SyntaxKind.RegularExpressionLiteral:
      return 'regexp';
    case ts.SyntaxKind.StringLiteral:
      return 'text';
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail: {
      // A tagged template's function reads the raw text, which an escape would change.
      let node = token.parent;
      while (node && node.kind !== ts.SyntaxKind.TaggedTemplateExpression && node.kind !== ts.SyntaxKind.TemplateExpression) node = node.parent;
      if (node?.kind === ts.SyntaxKind.TemplateExpression) node = node.parent;
      return node?.kind === ts.SyntaxKind.TaggedTemplateExpression ? null : 'text';
    }
    default:
      return null;
  }
}

/** `script` with its non-ASCII characters escaped, or null when one is where an escape would change the program. */
export function asciiProgram(script) {
  const positions = [...script.matchAll(NON_ASCII)].map((m) => m.index);
  if (positions.length === 0) return script;
  const source = ts.createSourceFile('program.js', script, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** The replacement for each position: [from, to, text]. */
  const edits = [];
  let next = 0;
  /** Whether a non-ASCII character lies in [from, to). */
  const holds = (from, to) => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < positions.length && positions[lo] < to;
  };
  const comment = (to) => {
    for (; next < positions.length && positions[next] < to; next++) edits.push([positions[next], positions[next] + 1, escape(script[positions[next]])]);
  };
  const visit = (node) => {
    // JSDoc, which TypeScript reads as nodes in a JavaScript file, is a comment.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return comment(node.end);
    const children = node.getChildren(source);
    if (children.length === 0) {
      const start = node.getStart(source);
      // Leading trivia: whitespace and comments, where any text may go.
      comment(start);
      const kind = next < positions.length && positions[next] < node.end ? kindOf(node) : 'none';
      if (kind === null)
        throw new Error(`no escape keeps the meaning of ${JSON.stringify(script.slice(positions[next], positions[next] + 1))} at ${positions[next]}`);
      for (; next < positions.length && positions[next] < node.end; next++) {
        const at = positions[next];
        let backslashes = 0;
        while (script[at - 1 - backslashes] === '\\') backslashes++;
        // In a regular expression, `\—` means `—`: the escape replaces both.
        edits.push(kind === 'regexp' && backslashes % 2 === 1 ? [at - 1, at + 1, escape(script[at])] : [at, at + 1, escape(script[at])]);
      }
      return;
    }
    for (const child of children) if (holds(child.pos, child.end)) visit(child);
  };
  try {
    visit(source);
    // Trailing trivia at the end of the file.
    comment(script.length);
  } catch {
    return null;
  }
  let out = '';
  let at = 0;
  for (const [from, to, text] of edits) {
    out += script.slice(at, from) + text;
    at = to;
  }
  return out + script.slice(at);
}
