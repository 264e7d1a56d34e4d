import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatEnterpriseNumber,
  parseEnterpriseNumber,
  parseVat,
} from '../../../src/shared/identifiers/enterprise.ts';
import { formatNiss, parseNiss } from '../../../src/shared/identifiers/niss.ts';
import { parseOnssEmployerNumber } from '../../../src/shared/identifiers/onss.ts';
import { suiteSeed } from '../support/seed.ts';

// Property suite over generated numbers. Valid ones are built by computing their check digits with BigInt (not the
// code under test's arithmetic); invalid ones by corrupting a digit, the length or the date. Replay a failure with
// FC_SEED=<seed printed below>.

const SEED = suiteSeed();
const RUNS = 2_000;
const CURRENT_YEAR = 2026;
const Y = { currentYear: CURRENT_YEAR };
console.log(`identifiers property suite: fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

let checked = 0;
/** Every number handed to a parser is counted, valid and invalid alike. */
function count<T>(value: T): T {
  checked += 1;
  return value;
}
const escapes: string[] = [];

afterAll(() => {
  console.log(`identifiers property suite: ${checked} generated numbers checked (seed ${SEED})`);
  if (escapes.length > 0) {
    console.log(
      `single-digit corruptions read as the other century (${escapes.length}), e.g. ${escapes.slice(0, 3).join(', ')}`,
    );
  }
  expect(checked).toBeGreaterThanOrEqual(10_000);
});

const check97 = (n: bigint) => 97n - (n % 97n);
const pad = (n: number | bigint, width: number) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;

interface GeneratedNiss {
  digits: string;
  century: 1900 | 2000;
}

/** A valid NISS: real dates, unknown month/day (00), BIS months (+20, +40), both centuries. */
const validNiss: fc.Arbitrary<GeneratedNiss> = fc
  .record({
    year: fc.integer({ min: 1900, max: CURRENT_YEAR }),
    month: fc.integer({ min: 0, max: 12 }),
    dayPick: fc.integer({ min: 0, max: 99 }),
    bis: fc.constantFrom(0, 0, 20, 40),
    serial: fc.integer({ min: 1, max: 998 }),
  })
  .map(({ year, month, dayPick, bis, serial }) => {
    // with month 00 the day digits are a counter, anything goes; otherwise 00 (unknown) or a real day
    const day = month === 0 ? dayPick : dayPick % (monthDays(year, month) + 1);
    const body = `${pad(year % 100, 2)}${pad(month + bis, 2)}${pad(day, 2)}${pad(serial, 3)}`;
    const century = year >= 2000 ? 2000 : 1900;
    const base = BigInt(body) + (century === 2000 ? 2_000_000_000n : 0n);
    return { digits: `${body}${pad(check97(base), 2)}`, century };
  });

/** Separators a person might type or paste between digits. */
const separated = (digits: string) =>
  fc
    .array(fc.constantFrom('', '', ' ', '.', '-', '/', '\u00a0', '–'), {
      minLength: digits.length,
      maxLength: digits.length,
    })
    .map((seps) => [...digits].map((d, i) => `${d}${seps[i]}`).join(''));

const props = { seed: SEED, numRuns: RUNS };

/** Every number that differs from `digits` in exactly one position. */
function singleDigitCorruptions(digits: string): { corrupted: string; i: number; delta: number }[] {
  const out: { corrupted: string; i: number; delta: number }[] = [];
  for (let i = 0; i < digits.length; i += 1) {
    for (let d = 0; d <= 9; d += 1) {
      const delta = d - Number(digits[i]);
      if (delta !== 0) out.push({ corrupted: `${digits.slice(0, i)}${d}${digits.slice(i + 1)}`, i, delta });
    }
  }
  return out;
}

describe('NISS properties', () => {
  it('valid numbers parse, format as YY.MM.DD-SSS.CC and parse back from any separators', () => {
    fc.assert(
      fc.property(
        validNiss.chain((n) => fc.tuple(fc.constant(n), separated(n.digits))),
        ([n, typed]) => {
          const parsed = parseNiss(count(n.digits), Y);
          expect(parsed).toEqual({ ok: true, digits: n.digits, formatted: formatNiss(n.digits) });
          expect(parsed.ok && parsed.formatted).toMatch(/^\d\d\.\d\d\.\d\d-\d{3}\.\d\d$/);
          expect(parseNiss(count(formatNiss(n.digits)), Y)).toEqual(parsed);
          expect(parseNiss(count(typed), Y)).toEqual(parsed);
        },
      ),
      props,
    );
  });

  it('every single-digit corruption is refused, except one that lands on a valid number of the other century', () => {
    fc.assert(
      fc.property(validNiss, (n) => {
        const unexpected: string[] = [];
        for (const { corrupted, i, delta } of singleDigitCorruptions(n.digits)) {
          if (!parseNiss(count(corrupted), Y).ok) continue;
          // "accept either" has one blind spot: 2e9 ≡ 68 (mod 97), so lowering the year's second digit by 6 (1900
          // number) or raising it by 6 (2000 number) keeps the check digits right for the other century.
          if (i === 1 && delta === (n.century === 1900 ? -6 : 6)) escapes.push(`${n.digits}→${corrupted}`);
          else unexpected.push(corrupted);
        }
        expect(unexpected, `accepted corruptions of ${n.digits}`).toEqual([]);
      }),
      props,
    );
  });

  it('a digit dropped or added is a length error', () => {
    fc.assert(
      fc.property(validNiss, fc.nat(10), fc.integer({ min: 0, max: 9 }), (n, at, extra) => {
        expect(parseNiss(count(n.digits.slice(0, at) + n.digits.slice(at + 1)), Y)).toEqual({
          ok: false,
          reason: 'length',
        });
        expect(parseNiss(count(n.digits.slice(0, at) + extra + n.digits.slice(at)), Y)).toEqual({
          ok: false,
          reason: 'length',
        });
      }),
      props,
    );
  });

  it('an impossible month or day is refused even with check digits computed for it', () => {
    const impossible = fc.oneof(
      fc.record({ month: fc.constantFrom(13, 19, 33, 39, 53, 60, 99), day: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 32, max: 99 }) }),
      fc.record({ month: fc.constantFrom(2, 22, 42), day: fc.constantFrom(30, 31) }),
      fc.record({ month: fc.constantFrom(4, 6, 9, 11, 24, 46), day: fc.constant(31) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        impossible,
        fc.integer({ min: 1, max: 998 }),
        (yy, { month, day }, serial) => {
          const body = `${pad(yy, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
          for (const prefix of [0n, 2_000_000_000n]) {
            const number = `${body}${pad(check97(BigInt(body) + prefix), 2)}`;
            expect(parseNiss(count(number), Y)).toEqual({ ok: false, reason: 'impossible-date' });
          }
        },
      ),
      props,
    );
  });

  it('agrees with an independent oracle on arbitrary 11-digit strings', () => {
    const oracle = (s: string): boolean => {
      const body = BigInt(s.slice(0, 9));
      const cc = BigInt(s.slice(9));
      const yy = Number(s.slice(0, 2));
      const mm = Number(s.slice(2, 4));
      const month = mm >= 40 ? mm - 40 : mm >= 20 ? mm - 20 : mm;
      const day = Number(s.slice(4, 6));
      const centuries = [
        check97(body) === cc ? 1900 : null,
        check97(body + 2_000_000_000n) === cc ? 2000 : null,
      ];
      return centuries.some((c) => {
        if (c === null || c + yy > CURRENT_YEAR || month > 12) return false;
        return month === 0 || day === 0 || day <= monthDays(c + yy, month);
      });
    };
    // bias towards plausible numbers: half the time, right check digits for a random century
    const candidates = fc.oneof(
      fc.stringMatching(/^\d{11}$/),
      fc
        .tuple(fc.stringMatching(/^\d{9}$/), fc.boolean())
        .map(([b, two]) => `${b}${pad(check97(BigInt(b) + (two ? 2_000_000_000n : 0n)), 2)}`),
    );
    fc.assert(
      fc.property(candidates, (s) => {
        expect(parseNiss(count(s), Y).ok, s).toBe(oracle(s));
      }),
      { ...props, numRuns: RUNS * 2 },
    );
  });

  it('anything that is not a digit or a separator is a characters error', () => {
    fc.assert(
      fc.property(
        validNiss,
        fc.nat(10),
        fc.constantFrom('a', 'O', 'l', '+', ',', '_', 'é', '#'),
        (n, at, bad) => {
          expect(parseNiss(count(n.digits.slice(0, at) + bad + n.digits.slice(at)), Y)).toEqual({
            ok: false,
            reason: 'characters',
          });
        },
      ),
      props,
    );
  });
});

const validEnterprise = fc
  .tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^\d{7}$/))
  .map(([first, rest]) => `${first}${rest}${pad(check97(BigInt(`${first}${rest}`)), 2)}`);

describe('enterprise number and VAT properties', () => {
  it('valid numbers parse, format as 0xxx.xxx.xxx and parse back (with BE, separators, 9-digit form)', () => {
    fc.assert(
      fc.property(
        validEnterprise.chain((n) => fc.tuple(fc.constant(n), separated(n))),
        ([n, typed]) => {
          const parsed = parseEnterpriseNumber(count(n));
          expect(parsed).toEqual({ ok: true, digits: n, formatted: formatEnterpriseNumber(n) });
          expect(parsed.ok && parsed.formatted).toMatch(/^[01]\d{3}\.\d{3}\.\d{3}$/);
          expect(parseEnterpriseNumber(count(formatEnterpriseNumber(n)))).toEqual(parsed);
          expect(parseEnterpriseNumber(count(typed))).toEqual(parsed);
          expect(parseVat(count(`BE${typed}`))).toEqual({
            ok: true,
            digits: n,
            formatted: `BE ${formatEnterpriseNumber(n)}`,
          });
          if (n.startsWith('0')) expect(parseEnterpriseNumber(count(n.slice(1)))).toEqual(parsed);
        },
      ),
      props,
    );
  });

  it('every single-digit corruption is refused (check digits, or first digit)', () => {
    fc.assert(
      fc.property(validEnterprise, (n) => {
        const wrong: string[] = [];
        for (const { corrupted, i } of singleDigitCorruptions(n)) {
          const parsed = parseEnterpriseNumber(count(corrupted));
          const expected = i === 0 && Number(corrupted[0]) > 1 ? 'first-digit' : 'check-digits';
          if (parsed.ok || parsed.reason !== expected)
            wrong.push(`${corrupted}: ${parsed.ok ? 'accepted' : parsed.reason}`);
        }
        expect(wrong, `corruptions of ${n}`).toEqual([]);
      }),
      props,
    );
  });

  it('other lengths are length errors', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,20}$/).filter((s) => s.length !== 9 && s.length !== 10),
        (s) => {
          expect(parseVat(count(`BE ${s}`))).toEqual({ ok: false, reason: 'length' });
        },
      ),
      props,
    );
  });
});

const validOnss = fc.tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^\d{6}$/)).map(([first, rest]) => {
  const serial = Number(`${first}${rest}`);
  return `${first}${rest}${pad(96 - ((serial * 100) % 97) || 97, 2)}`;
});

describe('ONSS employer number properties', () => {
  it('valid numbers parse and format as xxxxxxx-CC; every single-digit corruption is refused', () => {
    fc.assert(
      fc.property(validOnss, (n) => {
        const parsed = parseOnssEmployerNumber(count(n));
        expect(parsed).toEqual({ ok: true, digits: n, formatted: `${n.slice(0, 7)}-${n.slice(7)}` });
        expect(parsed.ok && parseOnssEmployerNumber(count(parsed.formatted))).toEqual(parsed);
        const accepted = singleDigitCorruptions(n)
          .map(({ corrupted }) => corrupted)
          .filter((corrupted) => parseOnssEmployerNumber(count(corrupted)).ok);
        expect(accepted, `accepted corruptions of ${n}`).toEqual([]);
      }),
      props,
    );
  });
});
