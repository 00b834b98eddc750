// F1 and its kin: Ink's useInput reports them with no name (an empty input,
// no flag set), so they are read here from the same raw input Ink reads.
import { useStdin } from 'ink';
import { useEffect } from 'react';

const F1 = new Set(['\u001bOP', '\u001b[11~', '\u001b[[A']);

/** Call `onKey('f1')` for each F1 read from the terminal, and `onRaw` with every input as read. */
export function useFunctionKeys(onKey: (name: string) => void, isActive = true, onRaw?: (data: string) => void): void {
  const { internal_eventEmitter: events } = useStdin() as ReturnType<typeof useStdin> & {
    internal_eventEmitter?: NodeJS.EventEmitter;
  };
  useEffect(() => {
    if (!isActive || !events) return;
    const onInput = (data: string | Buffer) => {
      if (F1.has(String(data))) onKey('f1');
      onRaw?.(String(data));
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
    };
  }, [events, onKey, isActive, onRaw]);
}
