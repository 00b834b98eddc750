// The formats quoted reads: input/detect.ts decides which one an input is in,
// and article/parse.ts parses each.
export type Format = 'text' | 'markdown' | 'html';
