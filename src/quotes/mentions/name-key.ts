// The form in which names are compared: case, accents, dots, quote marks,
// hyphens and a leading article do not count ("the WHO" = "WHO", "Kim Jong-Un"
// = "Kim Jong Un", "Agnès" = "Agnes"). Used by the engine and by the eval.

const KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .replace(/[.’'"“”]/g, '')
      .replace(/[-‐–]/g, ' ')
      .replace(/^(?:the|a|an)\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (KEYS.size > MAX_KEYS) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}
