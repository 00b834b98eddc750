// The library's index, built by the pool once the library is on screen. The
// replies are gathered and applied at most once a frame, so that a thousand
// cached articles coming back at once cost a few renders, not a thousand.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_MAX_BYTES } from '../../input/size.js';
import type { IndexedArticle, IndexReply } from '../../index/indexed-article.js';
import type { IndexSettings } from '../../index/index-one.js';
import type { IndexSource } from '../../index/index-source.js';
import { engineVersion } from '../../index/engine-version.js';
import type { ModelCache } from '../../index/model-cache.js';
import { startIndex, userCache } from '../../index/start-index.js';

export interface LibraryIndex {
  sources: readonly IndexSource[];
  /** The script the pool's workers run (the CLI's bundle); null: this thread. */
  script: URL | null;
  /** Default: the user's cache. Null: none. */
  cache?: ModelCache | null;
  /** The folder the sources are the files of (its manifest spares reading unchanged files). */
  folder?: string;
}

export interface IndexView {
  articles: readonly (IndexedArticle | null)[];
  errors: readonly (string | null)[];
  done: number;
  total: number;
  /** The first cache warning (a cache that cannot be written). */
  warning: string | null;
  /** Settings to open a model with, as the index read it. */
  settings: IndexSettings;
  engine: string;
}

const FRAME_MS = 16;

export function useIndex(index: LibraryIndex | undefined): IndexView | null {
  const settings = useMemo<IndexSettings | null>(
    () => (index ? { cache: index.cache === undefined ? userCache() : index.cache, maxBytes: DEFAULT_MAX_BYTES, json: false } : null),
    [index],
  );
  const [view, setView] = useState<IndexView | null>(() =>
    index && settings
      ? {
          articles: index.sources.map(() => null),
          errors: index.sources.map(() => null),
          done: 0,
          total: index.sources.length,
          warning: null,
          settings,
          engine: settings.cache?.engine ?? engineVersion(),
        }
      : null,
  );
  const pending = useRef<IndexReply[]>([]);
  useEffect(() => {
    if (!index || !settings) return;
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      const replies = pending.current;
      pending.current = [];
      setView((v) => {
        if (!v) return v;
        const articles = [...v.articles];
        const errors = [...v.errors];
        let warning = v.warning;
        for (const r of replies) {
          if ('error' in r) errors[r.index] = r.error;
          else {
            articles[r.index] = r.article;
            warning ??= r.warning ?? null;
          }
        }
        return { ...v, articles, errors, warning, done: v.done + replies.length };
      });
    };
    const run = startIndex(index.sources, {
      script: index.script,
      cache: settings.cache,
      folder: index.folder,
      onReply: (reply) => {
        pending.current.push(reply);
        timer ??= setTimeout(flush, FRAME_MS);
      },
    });
    return () => {
      run.stop();
      if (timer) clearTimeout(timer);
    };
  }, [index, settings]);
  return view;
}
