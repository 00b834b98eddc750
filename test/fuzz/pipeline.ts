// The whole pipeline on one input, as the CLI runs it (bytes → text → article
// → quotes → layout → plain, JSON, --toc, --people, --quotes), with the
// invariants every input must keep. Shared by the CI property suite and
// `npm run fuzz`.
import { parseArticle } from '../../src/article/parse.js';
import { decode } from '../../src/input/decode.js';
import { detectFormat } from '../../src/input/detect.js';
import { UserError } from '../../src/core/errors.js';
import { checkNotEmpty } from '../../src/input/read-file.js';
import { articleUnits } from '../../src/layout/units.js';
import { lineText } from '../../src/layout/places.js';
import { layoutView } from '../../src/layout/view.js';
import { filteredItems, fullItems } from '../../src/layout/views.js';
import { styleFor } from '../../src/output/color.js';
import { toJson } from '../../src/core/model-json.js';
import { renderPeople } from '../../src/output/people.js';
import { renderPlain } from '../../src/output/plain.js';
import { renderQuotes } from '../../src/output/quotes.js';
import { renderToc } from '../../src/output/toc.js';
import { withQuotes } from '../../src/pipeline.js';
import { Attribution } from '../../src/quotes/attribution/index.js';

export type Outcome = { kind: 'ok' } | { kind: 'refused'; message: string } | { kind: 'crash'; message: string } | { kind: 'violation'; message: string };

// Anything a terminal would act on; newline only, as the outputs are lines.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const plainStyle = styleFor(false);

/** Run `text` (as UTF-8 bytes) through everything; what went wrong, if anything. */
export function runPipeline(text: string, width = 60): Outcome {
  const faults: string[] = [];
  Attribution.onFault = (err, i) => faults.push(`paragraph ${i}: ${err instanceof Error ? err.message : String(err)}`);
  try {
    let raw;
    try {
      raw = checkNotEmpty({ name: 'fuzz', ...decode(Buffer.from(text), 'fuzz') });
    } catch (err) {
      // Refusing binary or empty input with a one-line message is correct behaviour.
      if (err instanceof UserError && !err.message.includes('\n')) return { kind: 'refused', message: err.message };
      throw err;
    }
    const model = withQuotes(parseArticle(raw.text, detectFormat(raw.text)));
    if (faults.length > 0) return { kind: 'violation', message: `engine fault in ${faults[0]}` };
    for (const q of model.quotes) {
      const paragraph = model.sections[q.section]?.paragraphs[q.paragraph];
      if (paragraph === undefined || paragraph.slice(q.start, q.end) !== q.text || q.start > q.end) {
        return { kind: 'violation', message: `quote offsets do not match its text: ${JSON.stringify(q).slice(0, 200)}` };
      }
      if (q.speaker !== null && !model.people.some((p) => p.name === q.speaker)) return { kind: 'violation', message: `speaker ${q.speaker} is not in people` };
    }
    for (const l of model.links) {
      const paragraph = model.sections[l.section]?.paragraphs[l.paragraph];
      if (paragraph === undefined || paragraph.slice(l.start, l.end) !== l.text || l.start >= l.end) {
        return { kind: 'violation', message: `link offsets do not match its text: ${JSON.stringify(l).slice(0, 200)}` };
      }
      if (CONTROL.test(l.href)) return { kind: 'violation', message: `control in a link's target: ${JSON.stringify(l.href).slice(0, 200)}` };
    }
    const outputs = [renderPlain(model, { width, style: plainStyle }), renderToc(model), renderPeople(model, plainStyle), renderQuotes(model, '', plainStyle)];
    const json = toJson(model);
    JSON.parse(json);
    const units = articleUnits(model);
    const first = model.people[0]?.name;
    const followed = first === undefined ? [] : model.quotes.filter((q) => q.speaker === first).map((q) => units.paragraphUnit[q.section][q.paragraph]);
    for (const items of [fullItems(units), filteredItems(units, followed)]) {
      const view = layoutView(units, items, width);
      const lines: string[] = [];
      for (let line = 0; line < view.lineCount; line++) lines.push(lineText(units, view, line));
      outputs.push(lines.join('\n'));
    }
    for (const out of outputs) {
      const bad = out.match(CONTROL);
      if (bad) return { kind: 'violation', message: `control U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} in output` };
    }
    return { kind: 'ok' };
  } catch (err) {
    return { kind: 'crash', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  } finally {
    Attribution.onFault = null;
  }
}
