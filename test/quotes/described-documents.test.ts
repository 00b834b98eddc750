// Documents named by what happened to them ("a flyer left on …", "messages
// reviewed by …") speak as themselves; an issuing participle names who speaks;
// "records show" is a report only for a document opening its sentence.
import { describe, expect, it } from 'vitest';
import { analyze, quoted } from './helpers.js';

const reportedBy = (r: ReturnType<typeof analyze>): (string | null)[] => r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);

describe('described documents as speakers', () => {
  it('a document with a participle and its place is the subject: "A leaflet pinned to …"', () => {
    const r = analyze('A leaflet pinned to lamp posts along the quay claimed the ferry would “never sail again”.');
    expect(quoted(r)).toEqual([['never sail again', 'leaflet']]);
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['leaflet', 'document']]);
  });

  it('the agent of a receiving participle is not the speaker: "an audit obtained by the Courier"', () => {
    const r = analyze('A draft audit circulated among councillors and obtained by the Courier estimated that half the pumps were broken.');
    expect(reportedBy(r)).toEqual(['draft audit']);
  });

  it('an issuing participle names who speaks: "a review released by the board"', () => {
    const r = analyze('A review released by the Tarn Valley Water Board on Monday found that the weir had been neglected.');
    expect(reportedBy(r)).toEqual(['Tarn Valley Water Board']);
  });

  it('a relative clause does what the participle does: "A note that circulated on …"', () => {
    const r = analyze('A note that circulated on two chat groups overnight promised “guaranteed answers” for a fee.');
    expect(quoted(r)).toEqual([['guaranteed answers', 'note']]);
  });

  it('"records show" opening a sentence or in an aside is the document’s report', () => {
    expect(reportedBy(analyze('Filings show that the depot lost money for six years.'))).toEqual(['Filings']);
    expect(reportedBy(analyze('Four of the crew were injured, the records show, and two never returned to work.'))).toEqual(['records']);
  });

  it('"show" inside another speaker’s report (here a spokesperson speaking for the mill), or with a subject that is no document, reports nothing of its own', () => {
    const r = analyze('A spokesperson for the mill said that readings from its own gauges showed “no measurable change” in the river.');
    expect(quoted(r)).toEqual([['no measurable change', 'mill']]);
    expect(reportedBy(analyze('Videos show guards pushing the crowd.'))).toEqual([]);
  });
});
