import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES } from '../../../src/shared/i18n.ts';
import {
  formatEnterpriseNumber,
  parseEnterpriseNumber,
  parseVat,
} from '../../../src/shared/identifiers/enterprise.ts';
import { idReasonMessage } from '../../../src/shared/identifiers/messages.ts';
import { formatNiss, parseNiss } from '../../../src/shared/identifiers/niss.ts';
import { onssCheck, parseOnssEmployerNumber } from '../../../src/shared/identifiers/onss.ts';
import { ID_KINDS, ID_REASONS } from '../../../src/shared/identifiers/types.ts';
import { DEFAULT_PROFILE, NissDigits } from '../../../src/shared/profile.ts';
import { EnterpriseDigits } from '../../../src/shared/state.ts';

const Y = { currentYear: 2026 };
const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('NISS', () => {
  it('accepts the default analysts', () => {
    for (const { niss } of DEFAULT_PROFILE.analysts) expect(parseNiss(niss, Y).ok).toBe(true);
    expect(parseNiss('70041243623', Y)).toEqual({
      ok: true,
      digits: '70041243623',
      formatted: '70.04.12-436.23',
    });
    expect(parseNiss('82083026729', Y)).toEqual({
      ok: true,
      digits: '82083026729',
      formatted: '82.08.30-267.29',
    });
  });

  it('reads spaces, dots, dashes and slashes', () => {
    for (const input of [
      '70.04.12-436.23',
      ' 700412 436 23 ',
      '70/04/12-436-23',
      '70 04 12\u00a0436 23',
      '70–04–12–436–23',
    ]) {
      expect(parseNiss(input, Y), input).toMatchObject({ ok: true, digits: '70041243623' });
    }
  });

  it('uses the 2000+ check ("2" + 9 digits) and refuses a birth year still to come', () => {
    expect(parseNiss('17073003384', Y).ok).toBe(true); // born 2017: only the "2" check matches
    expect(parseNiss('85073003328', Y).ok).toBe(true); // born 1985
    const body = 300730033; // 30.07.30: with the "2" check it means 2030
    const n = `${body}${String(97 - ((2_000_000_000 + body) % 97)).padStart(2, '0')}`;
    expect(reason(parseNiss(n, Y))).toBe('impossible-date');
    expect(parseNiss(n, { currentYear: 2030 }).ok).toBe(true);
  });

  it('accepts 29 February only in leap years, and tells 1900 from 2000 by the check digits', () => {
    const make = (body: string, century: 1900 | 2000) => {
      const n = Number(body) + (century === 2000 ? 2_000_000_000 : 0);
      return `${body}${String(97 - (n % 97)).padStart(2, '0')}`;
    };
    expect(parseNiss(make('000229001', 2000), Y).ok).toBe(true); // 2000 was a leap year
    expect(reason(parseNiss(make('000229001', 1900), Y))).toBe('impossible-date'); // 1900 was not
    expect(parseNiss(make('840229001', 1900), Y).ok).toBe(true);
    expect(reason(parseNiss(make('850229001', 1900), Y))).toBe('impossible-date');
    expect(reason(parseNiss(make('850230001', 1900), Y))).toBe('impossible-date');
    expect(reason(parseNiss(make('851301001', 1900), Y))).toBe('impossible-date');
    expect(reason(parseNiss(make('850132001', 1900), Y))).toBe('impossible-date');
    expect(reason(parseNiss(make('850431001', 1900), Y))).toBe('impossible-date');
    expect(parseNiss(make('850430001', 1900), Y).ok).toBe(true);
  });

  it('accepts unknown months and days (00) and BIS months (+20, +40)', () => {
    const make = (body: string) => `${body}${String(97 - (Number(body) % 97)).padStart(2, '0')}`;
    for (const ok of [
      '850000001',
      '850700001',
      '000001001',
      '850005123',
      '852730001',
      '854730001',
      '852000001',
      '854000001',
      '852100001',
      '855231001',
    ]) {
      expect(parseNiss(make(ok), Y), ok).toMatchObject({ ok: true });
    }
    for (const bad of [
      '851300001',
      '853300001',
      '853900001',
      '855300001',
      '859900001',
      '852232001',
      '854230001',
      '851932001',
    ]) {
      expect(reason(parseNiss(make(bad), Y)), bad).toBe('impossible-date');
    }
    // examples of stdnum's documentation (BIS)
    expect(parseNiss('98 47 28 997 65', Y).ok).toBe(true);
    expect(parseNiss('01 49 07 001 85', Y).ok).toBe(true);
  });

  it('says why a number is refused', () => {
    expect(reason(parseNiss('', Y))).toBe('empty');
    expect(reason(parseNiss(' . - ', Y))).toBe('empty');
    expect(reason(parseNiss('7004124362', Y))).toBe('length');
    expect(reason(parseNiss('700412436233', Y))).toBe('length');
    expect(reason(parseNiss('70041243624', Y))).toBe('check-digits');
    expect(reason(parseNiss('7004124362x', Y))).toBe('characters');
    expect(reason(parseNiss('BE70041243623', Y))).toBe('characters');
    expect(reason(parseNiss('00000000000', Y))).toBe('check-digits');
    expect(reason(parseNiss('12345678901', Y))).toBe('impossible-date'); // month 34
  });

  it('formats as YY.MM.DD-SSS.CC and leaves other input as typed', () => {
    expect(formatNiss('70041243623')).toBe('70.04.12-436.23');
    expect(formatNiss(' 70 04 12 436 23')).toBe('70.04.12-436.23');
    expect(formatNiss(' 1234 ')).toBe('1234');
  });
});

describe('enterprise number and VAT', () => {
  it('accepts 10 digits, the old 9-digit form, BE and separators', () => {
    for (const input of [
      '0403170701',
      '0403.170.701',
      '403.170.701',
      'BE 0403.170.701',
      'be0403170701',
      'BE 403 170 701',
    ]) {
      expect(parseEnterpriseNumber(input), input).toEqual({
        ok: true,
        digits: '0403170701',
        formatted: '0403.170.701',
      });
    }
    expect(parseVat('BE0403170701')).toEqual({
      ok: true,
      digits: '0403170701',
      formatted: 'BE 0403.170.701',
    });
    expect(parseVat('0403 170 701')).toMatchObject({ ok: true, formatted: 'BE 0403.170.701' });
  });

  it('accepts numbers starting with 1 (issued since 2023)', () => {
    const body = 10000001;
    const n = `${body}${String(97 - (body % 97)).padStart(2, '0')}`;
    expect(parseEnterpriseNumber(n)).toMatchObject({
      ok: true,
      formatted: `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`,
    });
  });

  it('says why a number is refused', () => {
    expect(reason(parseEnterpriseNumber(''))).toBe('empty');
    expect(reason(parseEnterpriseNumber('BE'))).toBe('empty');
    expect(reason(parseEnterpriseNumber('04031707'))).toBe('length');
    expect(reason(parseEnterpriseNumber('04031707011'))).toBe('length');
    expect(reason(parseEnterpriseNumber('0403170702'))).toBe('check-digits');
    expect(reason(parseEnterpriseNumber('2403170701'))).toBe('first-digit');
    expect(reason(parseEnterpriseNumber('0403l70701'))).toBe('characters');
    expect(reason(parseVat('FR0403170701'))).toBe('characters');
    expect(reason(parseEnterpriseNumber('0000000000'))).toBe('check-digits');
  });

  it('formats as 0xxx.xxx.xxx', () => {
    expect(formatEnterpriseNumber('403170701')).toBe('0403.170.701');
    expect(formatEnterpriseNumber('BE0403170701')).toBe('0403.170.701');
    expect(formatEnterpriseNumber('12')).toBe('12');
  });
});

describe('ONSS employer number', () => {
  it('checks 96 − ((7 digits × 100) mod 97), 0 written 97', () => {
    // the two ends of the ONSS glossary's range of definitive numbers: 100006 and 199999934
    expect(parseOnssEmployerNumber('000100006')).toEqual({
      ok: true,
      digits: '000100006',
      formatted: '0001000-06',
    });
    expect(parseOnssEmployerNumber('1999999-34')).toMatchObject({ ok: true, digits: '199999934' });
    // 32 × 100 = 3200 ≡ 96 (mod 97): 96 − 96 = 0, written 97
    expect(onssCheck(32)).toBe(97);
    expect(parseOnssEmployerNumber('0000032-97')).toMatchObject({ ok: true, digits: '000003297' });
    expect(reason(parseOnssEmployerNumber('000003200'))).toBe('check-digits');
  });

  it('accepts provisional numbers (10 digits starting with 5) by their form only', () => {
    expect(parseOnssEmployerNumber('5123456789')).toEqual({
      ok: true,
      digits: '5123456789',
      formatted: '5123456789',
    });
    expect(reason(parseOnssEmployerNumber('4123456789'))).toBe('first-digit');
  });

  it('says why a number is refused', () => {
    expect(reason(parseOnssEmployerNumber(''))).toBe('empty');
    expect(reason(parseOnssEmployerNumber('00010000'))).toBe('length');
    expect(reason(parseOnssEmployerNumber('000100007'))).toBe('check-digits');
    expect(reason(parseOnssEmployerNumber('200100006'))).toBe('first-digit');
    expect(reason(parseOnssEmployerNumber('0001000-O6'))).toBe('characters');
  });
});

describe('messages', () => {
  it('names the kind of number and the expected count in every language', () => {
    expect(idReasonMessage(CATALOGS.fr, 'enterprise', 'length', '123')).toBe(
      "Ce numéro d'entreprise doit compter 10 chiffres.",
    );
    expect(idReasonMessage(CATALOGS.nl, 'niss', 'length', '123')).toBe(
      'Dit INSZ-nummer moet 11 cijfers tellen.',
    );
    expect(idReasonMessage(CATALOGS.de, 'vat', 'first-digit', 'BE 2403170701')).toBe(
      'Diese MwSt.-Nummer kann nicht mit 2 beginnen.',
    );
    expect(idReasonMessage(CATALOGS.en, 'onss', 'check-digits', '000100007')).toMatch(
      /^This ONSS number does not exist/,
    );
  });

  it('has a non-empty message for every reason, kind and language, with no placeholder left', () => {
    for (const locale of LOCALES) {
      for (const kind of ID_KINDS) {
        for (const r of ID_REASONS) {
          const text = idReasonMessage(CATALOGS[locale], kind, r, '2');
          expect(text, `${locale} ${kind} ${r}`).not.toBe('');
          expect(text, `${locale} ${kind} ${r}`).not.toMatch(/\$/);
        }
      }
    }
  });
});

describe('schemas', () => {
  it('NissDigits and EnterpriseDigits refuse numbers with wrong check digits', () => {
    expect(NissDigits.safeParse('70041243623').success).toBe(true);
    expect(NissDigits.safeParse('70041243624').success).toBe(false);
    expect(NissDigits.safeParse('70.04.12-436.23').success).toBe(false); // storage holds bare digits
    expect(EnterpriseDigits.safeParse('0403170701').success).toBe(true);
    expect(EnterpriseDigits.safeParse('0403170702').success).toBe(false);
    expect(EnterpriseDigits.safeParse('403170701').success).toBe(false);
  });
});
