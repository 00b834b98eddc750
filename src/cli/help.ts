// The text of --help.
export const USAGE = `quoted — a terminal reader for news articles that knows who said what

Usage:
  quoted                    open the library of bundled articles
  quoted ARTICLE            read an article: a plain-text, Markdown or HTML file, or a URL
  quoted -                  read the article from standard input (keys come from the terminal)
  quoted [OPTION] ARTICLE   print instead of reading (see Options)

Options:
  --json                    print the whole article model as JSON
  --toc                     print the numbered section list
  --people                  print the people quoted, with roles and counts
  --quotes[=NAME]           print every quote, or one speaker's, grouped by section;
                            NAME matches any part of a name, ignoring case
  --color[=WHEN]            colour in printed output: auto (the default), always or never;
                            FORCE_COLOR and NO_COLOR are honoured under auto
  --no-color                same as --color=never
  --max-size SIZE           largest article to open, as 500K, 100M or 1G (default 64M)
  --debug                   show the full stack trace of an internal error
  -h, --help                show this help and exit
  -V, --version             show the version and exit

When standard output is not a terminal, quoted prints the article as plain
text, wrapped at $COLUMNS or 80 columns. In the reader, press ? for the keys.

Exit status: 0 on success, 1 when an article cannot be read, 2 for a usage error.
`;
