// Calendar arithmetic on YYYY-MM-DD strings, in UTC so results never depend on the machine's zone.

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/**
 * The date of a day number, by the civil-from-days arithmetic (H. Hinnant's), not a Date and its ISO string: the pair
 * results name every day of each pair's series, and the Date route was 1.5% of an ingest's CPU. Years outside
 * 0000–9999, which the ISO string writes with a sign, still go through Date.
 */
export function fromDayNumber(day: number): string {
  if (!Number.isInteger(day) || day < MIN_FAST_DAY || day > MAX_FAST_DAY) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  const z = day + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** Day numbers of 0000-01-01 and 9999-12-31: the years the ISO string writes with four digits. */
const MIN_FAST_DAY = -719_528;
const MAX_FAST_DAY = 2_932_896;

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The Monday that starts the ISO week of `date` (weeks are labelled by their first day). */
export function weekStart(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return fromDayNumber(day - ((((day + 3) % 7) + 7) % 7));
}

/** "2022Q1" */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}Q${Math.ceil(month / 3)}`;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
