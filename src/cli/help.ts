// The text of --help.
export const USAGE = `quoted — a terminal reader for news articles that knows who said what

Usage:
  quoted                  open the library of bundled articles
  quoted FILE             read an article (plain text)
  quoted -                read an article from standard input
  quoted --json FILE      print the article model as JSON

Options:
  --json                  print the whole article model as JSON
  --toc                   print the numbered section list
  --people                print the people quoted, with roles and counts
  --quotes [NAME]         print every quote, or one speaker's
  --color=auto|always|never
                          colour in plain output (NO_COLOR and FORCE_COLOR are honoured)
  --max-size SIZE         largest article to open (default 64M)
  --debug                 show the full stack on an internal error
  -h, --help              show this help
  -V, --version           show the version

When standard output is not a terminal, quoted prints the article as plain text.
`;
