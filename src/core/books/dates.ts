import { ARGUMENT_EXAMPLES, type ArgumentName, MESSAGES } from "../messages";
import { fail } from "../validate";

/**
 * Dates as Excel holds them: serial numbers, whole days since 1899-12-30 (so 1 = 1900-01-01 and 46023 =
 * 2026-01-01). Excel also counts a 29 February 1900 that never was, so its serials below 61 are one day off
 * the calendar: the core accepts dates from 1 March 1900 (serial 61) on, where Excel and the calendar agree.
 *
 * The arithmetic is Howard Hinnant's days-from-civil, on integers only (no Date object, no time zone), so a
 * FEC of a million lines converts its dates without allocating.
 */

/** Serial of 1970-01-01, the epoch of days-from-civil. */
const UNIX_EPOCH_SERIAL = 25569;
/** Serial of 1900-03-01, the first day on which Excel's serials follow the calendar. */
export const FIRST_SERIAL = 61;
/** Serial of 9999-12-31, Excel's last date. */
export const LAST_SERIAL = 2958465;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1..12) of a year. */
export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);

/** The serial of a calendar date, without checks (internal: callers check the parts). */
export const serialOf = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + UNIX_EPOCH_SERIAL;
};

/** A calendar date. */
export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** The calendar date of a serial, without checks (internal). */
export const partsOf = (serial: number): CalendarDate => {
  const z = serial - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

/** The last day of the month of a serial. */
export const endOfMonth = (serial: number): number => {
  const { year, month } = partsOf(serial);
  return serialOf(year, month, daysInMonth(year, month));
};

/** A required date argument: a whole serial between 1900-03-01 and 9999-12-31 (a fraction, a time of day, is dropped: the law counts days). */
export const checkSerial = (value: unknown, argument: ArgumentName): number => {
  if (typeof value === "number" && value >= FIRST_SERIAL && value < LAST_SERIAL + 1) return Math.floor(value);
  return fail("VALUE", MESSAGES.notADate(argument, ARGUMENT_EXAMPLES[argument]), argument);
};

/**
 * The Excel serial of a calendar date.
 *
 * @throws CoreError VALUE when the parts are not a date between 1900-03-01 and 9999-12-31
 * @example
 * excelSerialFromDate({ year: 2026, month: 1, day: 1 }) // => 46023
 */
export const excelSerialFromDate = (date: CalendarDate): number => {
  const { year, month, day } = (date ?? {}) as Partial<CalendarDate>;
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && (month as number) >= 1 && (month as number) <= 12 &&
    (day as number) >= 1 && (day as number) <= daysInMonth(year as number, month as number)) {
    const serial = serialOf(year as number, month as number, day as number);
    if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) return serial;
  }
  return fail("VALUE", MESSAGES.notADate("date", ARGUMENT_EXAMPLES.invoice_date), "date");
};

/**
 * The calendar date of an Excel serial (its fraction, a time of day, dropped).
 *
 * @throws CoreError VALUE for a serial before 61 (1900-03-01) or after 9999-12-31
 * @example
 * dateFromExcelSerial(46023) // => { year: 2026, month: 1, day: 1 }
 */
export const dateFromExcelSerial = (serial: number): CalendarDate => partsOf(checkSerial(serial, "date"));
