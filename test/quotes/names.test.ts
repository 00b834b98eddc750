// Names, roles and types: a speaker's name is a name, a role is a role, and each
// speaker in the people list has the type it is. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const person = (r: ReturnType<typeof analyze>, name: string) => r.people.find((p) => p.name === name);

describe('titles the lists lacked', () => {
  it('reads seat letters before a name as a title, after a party adjective too', () => {
    const r = analyze('Highland Green MSP Torcuil Brannagh argued that the scheme had failed.');
    expect(r.people).toEqual([{ name: 'Torcuil Brannagh', role: 'Highland Green MSP', type: 'person', quotes: 0, reported: 1 }]);
  });

  it('keeps seat letters after a name as the role, not part of the name', () => {
    const r = analyze('Oisin Carrow TD said the hospital needed more beds.');
    expect(r.people[0]).toMatchObject({ name: 'Oisin Carrow', role: 'TD', type: 'person' });
  });

  it('reads capital MS as a seat, not as the honorific Ms', () => {
    const r = analyze('Valleys MS Gethin Morlais said the line would reopen.');
    expect(r.people[0]).toMatchObject({ name: 'Gethin Morlais', role: 'Valleys MS' });
  });
});
