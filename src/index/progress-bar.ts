// The index's progress as a bar, for the library's status line and for
// stderr: "indexing ███████░░░░░░░ 412/1000".

export function progressBar(done: number, total: number, width: number): string {
  const label = `${done}/${total}`;
  const room = Math.max(0, width - 'indexing '.length - 1 - label.length);
  const filled = total > 0 ? Math.round((done / total) * room) : room;
  return `indexing ${'█'.repeat(filled)}${'░'.repeat(room - filled)} ${label}`;
}
