// Days before 1970-01-01 counted from 0000-03-01 in the proleptic Gregorian calendar.
const EPOCH_SHIFT = 719_468;
// Days in each 400-year era of the Gregorian calendar.
const DAYS_PER_ERA = 146_097;
const DASH = 45;
const ZERO = 48;

/**
 * Returns the day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`, or undefined when it is no date
 * (wrong shape, month 13, 31 April, 29 February outside a leap year). Integer civil-date arithmetic (H. Hinnant's
 * days_from_civil) rather than `Date`: a bill reads several dates and this runs hundreds of thousands of times a
 * second. Years 0000–0099 are no date, as before (`Date.UTC` reads them as 1900–1999).
 */
export function dayNumber(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return undefined;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** Returns the decimal number in `text[from, to)`, or -1 when a character is no ASCII digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
