// A feed's dates (RFC 822 in RSS, RFC 3339 in Atom) as the model's yyyy-mm-dd.

export function normalizeDate(value: string | null): string | null {
  if (value === null) return null;
  // The calendar date as written, before any time zone moves it a day.
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value.trim());
  if (rfc822) {
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(rfc822[2].toLowerCase());
    if (month >= 0) return `${rfc822[3]}-${String(month + 1).padStart(2, '0')}-${rfc822[1].padStart(2, '0')}`;
  }
  return null;
}
