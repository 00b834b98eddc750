// The text of --help: kept within 80 columns.
export const USAGE = `quoted — a terminal reader for news articles that knows who said what

Usage:
  quoted                  open the library of bundled articles
  quoted ARTICLE          read an article: a text, Markdown or HTML file, or URL
  quoted -                read the article from standard input
                          (the keys then come from the terminal)
  quoted OPTION ARTICLE   print the article or a part of it (see Options)
  quoted DIR              open the library of a folder's articles (P: people)
  quoted FEED             open an RSS 2.0 or Atom feed's items as a library
  quoted OPTION DIR|FEED  --people, --quotes[=NAME] or --json over every
                          article, people merged across them (JSON Lines
                          with --json and --format jsonl)

Options:
  --json                  print the whole article model as JSON
  --toc                   print the numbered section list
  --people                print the people quoted, with roles and counts
  --quotes[=NAME]         print every quote, or one speaker's, by section;
                          NAME matches any part of a name, ignoring case
  --format FORMAT         with --quotes: one quote a line with its attribution,
                          as text, md, csv or jsonl; with --people: jsonl
  --color[=WHEN]          colour in printed output: auto (the default),
                          always or never; under auto, FORCE_COLOR and
                          NO_COLOR are honoured
  --no-color              same as --color=never
  --max-size SIZE         largest article to open: 500K, 100M, 1G (default 64M)
  --allow-private         fetch URLs on loopback, private and link-local
                          addresses too (refused by default, redirects too)
  --mouse                 in the reader: the wheel scrolls, a click opens a
                          section or filters to a person (also QUOTED_MOUSE=1)
  --no-resume             open the article at the top, and keep no place
  --debug                 show the full stack trace of an internal error
  -h, --help              show this help and exit
  -V, --version           show the version and exit

When standard output is not a terminal, quoted prints the article as plain
text, wrapped at $COLUMNS or 80 columns. In the reader, press ? for the keys.

Exit status: 0 on success; 1 when the article's content cannot be read or
quoted fails; 2 for a bad option or a path that cannot be opened.
`;
