import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'en') => extract(text, { lang }).figures;
const confidence = (text: string, lang = 'en') => figures(text, lang)[0]?.confidence ?? -1;

describe('figure confidence', () => {
  it('trusts an amount with its currency and what it pays for more than a bare count', () => {
    expect(confidence('The council approved a $3 million drainage plan.')).toBeGreaterThan(confidence('The council counted 3 in the hall.'));
  });
  it('trusts a count whose noun is found more than one whose noun is not', () => {
    expect(confidence('Rescuers found 14 survivors.')).toBeGreaterThan(confidence('Of those, 14 were in the hall.'));
  });
  it('lowers a lone small number that says nothing of what it counts', () => {
    expect(confidence('Then 4 walked away.')).toBeLessThan(0.5);
  });
  it('lowers a number beside a month name', () => {
    expect(confidence('By May, 30 pupils had come back.')).toBeLessThan(confidence('By then, 30 pupils had come back.'));
  });
  it('keeps every confidence between 0 and 1', () => {
    for (const f of figures('More than 2,000 people marched; 45% backed the strike, which cost €12m over three days.')) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});
