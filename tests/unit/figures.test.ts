import { describe, it, expect } from 'vitest';
import { numberToWords, findsFigure, extractFigures, figureValue, plainForFigures } from '../../src/lib/figures.ts';

describe('numberToWords', () => {
  it('words numbers as the statutes do', () => {
    expect(numberToWords(1)).toBe('one');
    expect(numberToWords(7)).toBe('seven');
    expect(numberToWords(14)).toBe('fourteen');
    expect(numberToWords(20)).toBe('twenty');
    expect(numberToWords(25)).toBe('twenty-five');
    expect(numberToWords(100)).toBe('one hundred');
    expect(numberToWords(1000)).toBe('one thousand');
    expect(numberToWords(5000)).toBe('five thousand');
    expect(numberToWords(15000)).toBe('fifteen thousand');
    expect(numberToWords(50000)).toBe('fifty thousand');
    expect(numberToWords(350000)).toBe('three hundred and fifty thousand');
    expect(numberToWords(500000)).toBe('five hundred thousand');
    expect(numberToWords(1000000)).toBe('one million');
    expect(numberToWords(2000000)).toBe('two million');
    expect(numberToWords(10000000)).toBe('ten million');
    expect(numberToWords(2500000)).toBe('two million five hundred thousand');
  });

  it('refuses what is not a whole number', () => {
    expect(() => numberToWords(1.5)).toThrow();
    expect(() => numberToWords(-3)).toThrow();
  });
});

describe('findsFigure', () => {
  it('finds years in words, singular and plural', () => {
    expect(findsFigure('which may extend to fourteen years', 14, 'years')).toBe(true);
    expect(findsFigure('which shall not be less than one year', 1, 'years')).toBe(true);
    expect(findsFigure('for a term which may extend to twenty-five years', 25, 'years')).toBe(true);
    expect(findsFigure('for a term which may extend to twenty five years', 25, 'years')).toBe(true);
  });

  it('finds years in figures', () => {
    expect(findsFigure('Imprisonment of either description for 7 years, and fine.', 7, 'years')).toBe(true);
  });

  it('does not take a part of a longer number for the number', () => {
    expect(findsFigure('may extend to twenty-five years', 5, 'years')).toBe(false);
    expect(findsFigure('may extend to fourteen years', 4, 'years')).toBe(false);
    expect(findsFigure('may extend to fourteen years', 10, 'years')).toBe(false);
    expect(findsFigure('two million rupees', 2, 'rupees')).toBe(false);
    expect(findsFigure('fifteen thousand rupees', 5000, 'rupees')).toBe(false);
  });

  it('does not confuse the units', () => {
    expect(findsFigure('ten years and fine which may extend to one million rupees', 10, 'rupees')).toBe(false);
    expect(findsFigure('within ninety days', 90, 'years')).toBe(false);
  });

  it('finds rupees in words, across footnote markers and brackets', () => {
    expect(findsFigure('with fine which may extend to {F1}[ten years and fine which may extend to one million rupees]', 1000000, 'rupees')).toBe(true);
    expect(findsFigure('and with fine up to {F1}[ten years and with fine up to ten] million rupees', 10000000, 'rupees')).toBe(true);
    expect(findsFigure('with fine up to two million rupee in any', 2000000, 'rupees')).toBe(true);
    expect(findsFigure('fine which shall not be less than fifteen thousand rupees', 15000, 'rupees')).toBe(true);
  });

  it('reads the Punjab print "three hundred and fifty] thousands rupees"', () => {
    const t = 'with fine which shall not be less than {P12}[three hundred and fifty] thousands rupees, or with both';
    expect(findsFigure(t, 350000, 'rupees')).toBe(true);
    expect(findsFigure(t, 50000, 'rupees')).toBe(false);
    // And the MDX plain text, where the marker is already gone but the brackets are not.
    expect(findsFigure('not less than [three hundred and fifty] thousands rupees', 350000, 'rupees')).toBe(true);
  });

  it('reads "rupees five hundred thousand" and sums in figures', () => {
    expect(findsFigure('fine which shall not be less than rupees five hundred thousand and may extend', 500000, 'rupees')).toBe(true);
    expect(findsFigure('fine Rs 500,000-700,000', 500000, 'rupees')).toBe(true);
    expect(findsFigure('fine of 5,00,000 rupees', 500000, 'rupees')).toBe(true);
  });
});

describe('extractFigures and figureValue', () => {
  it('lists the figures of a penalty as worded', () => {
    expect(extractFigures('imprisonment which may extend to ten years and which shall not be less than two years or with fine which may extend to one million rupees or with both'))
      .toEqual(['ten years', 'two years', 'one million rupees']);
    expect(extractFigures('not less than {P12}[three hundred and fifty] thousands rupees, or with both; at the rate of not less than fifty rupees for each day'))
      .toEqual(['three hundred and fifty thousands rupees', 'fifty rupees']);
    expect(extractFigures('twenty-five years, and shall also be liable to fine')).toEqual(['twenty-five years']);
    expect(extractFigures('within a period of ninety days')).toEqual([]);
  });

  it('reads the value of a figure', () => {
    expect(figureValue('twenty-five years')).toEqual({ value: 25, unit: 'years' });
    expect(figureValue('one year')).toEqual({ value: 1, unit: 'years' });
    expect(figureValue('three hundred and fifty thousands rupees')).toEqual({ value: 350000, unit: 'rupees' });
    expect(figureValue('ten million rupee')).toEqual({ value: 10000000, unit: 'rupees' });
    expect(figureValue('7 years')).toEqual({ value: 7, unit: 'years' });
    expect(() => figureValue('ten days')).toThrow();
  });

  it('plainForFigures drops markers and brackets', () => {
    expect(plainForFigures('{F2}[fourteen years and  with fine]')).toBe('fourteen years and with fine');
  });
});

describe('plainForFigures and Unicode', () => {
  it('treats the GREEK QUESTION MARK of the federal print as ";" (canonical equivalents)', () => {
    expect(plainForFigures('or with both \u037E and out of the fine')).toBe('or with both ; and out of the fine');
  });
});
