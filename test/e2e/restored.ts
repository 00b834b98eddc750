// Whether a program handed the terminal back as it found it, read from the
// raw bytes it wrote: the last switch of screens and of the cursor wins.
export function restoredTerminal(raw: string): { mainScreen: boolean; cursorVisible: boolean } {
  const lastEnter = raw.lastIndexOf('\u001b[?1049h');
  const lastLeave = raw.lastIndexOf('\u001b[?1049l');
  const lastHide = raw.lastIndexOf('\u001b[?25l');
  const lastShow = raw.lastIndexOf('\u001b[?25h');
  return {
    mainScreen: lastLeave > lastEnter && lastEnter >= 0,
    cursorVisible: lastHide < 0 || lastShow > lastHide,
  };
}
