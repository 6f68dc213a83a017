//! Whole days, as a learner lives them: a day rolls over at a set local hour (04:00 by default,
//! as in Anki), so a late-night session still counts as "today".

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// A day number: days since 1970-01-01 in the learner's calendar (after the rollover shift).
pub type Day = i64;

#[derive(Debug, Clone)]
pub struct DayClock {
    tz: TimeZone,
    rollover_hour: i8,
}

impl DayClock {
    pub fn new(tz: TimeZone, rollover_hour: u8) -> DayClock {
        DayClock {
            tz,
            rollover_hour: rollover_hour.min(23) as i8,
        }
    }

    pub fn utc(rollover_hour: u8) -> DayClock {
        DayClock::new(TimeZone::UTC, rollover_hour)
    }

    /// The learner's day that `ts` falls in.
    pub fn day(&self, ts: Timestamp) -> Day {
        let local = ts.to_zoned_datetime(self.tz.clone()).datetime();
        let date = local.date();
        let day = days_from_civil(date.year() as i64, date.month() as i64, date.day() as i64);
        if local.hour() < self.rollover_hour {
            day - 1
        } else {
            day
        }
    }

    /// Rolled-over days from `earlier` to `later`; 0 when the clock moved backwards.
    pub fn days_between(&self, earlier: Timestamp, later: Timestamp) -> u32 {
        u32::try_from(self.day(later) - self.day(earlier)).unwrap_or(0)
    }

    /// The instant day `day` begins (its rollover hour, local time).
    pub fn start_of(&self, day: Day) -> Timestamp {
        let (y, m, d) = civil_from_days(day);
        let datetime =
            jiff::civil::DateTime::new(y as i16, m as i8, d as i8, self.rollover_hour, 0, 0, 0);
        datetime
            .ok()
            .and_then(|dt| dt.to_zoned_datetime(self.tz.clone()).ok())
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// The day number of a calendar date (the inverse of `date`).
    pub fn day_of_date(&self, date: jiff::civil::Date) -> Day {
        days_from_civil(
            i64::from(date.year()),
            i64::from(date.month()),
            i64::from(date.day()),
        )
    }

    /// The calendar date of a day number.
    pub fn date(&self, day: Day) -> jiff::civil::Date {
        let (y, m, d) = civil_from_days(day);
        jiff::civil::Date::new(y as i16, m as i8, d as i8).unwrap_or_default()
    }
}

// Howard Hinnant's algorithms: proleptic Gregorian date <-> days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_rolls_over_at_four() {
        let clock = DayClock::utc(4);
        let late = ts("2026-11-30T03:59:00Z");
        let early = ts("2026-11-30T04:00:00Z");
        assert_eq!(clock.day(early) - clock.day(late), 1);
        assert_eq!(clock.days_between(ts("2026-11-29T05:00:00Z"), late), 0);
        assert_eq!(clock.days_between(late, early), 1);
        assert_eq!(clock.start_of(clock.day(early)), early);
    }

    #[test]
    fn backwards_clock_is_zero_days() {
        let clock = DayClock::utc(4);
        assert_eq!(
            clock.days_between(ts("2026-12-05T10:00:00Z"), ts("2026-12-01T10:00:00Z")),
            0
        );
    }

    #[test]
    fn local_time_zone_is_respected() {
        let seoul = DayClock::new(
            TimeZone::get("Asia/Seoul").unwrap_or(TimeZone::fixed(jiff::tz::offset(9))),
            4,
        );
        // 18:30 UTC is 03:30 in Seoul next day: still the previous learner day.
        let a = ts("2026-11-29T18:30:00Z");
        let b = ts("2026-11-29T19:30:00Z"); // 04:30 Seoul
        assert_eq!(seoul.day(b) - seoul.day(a), 1);
    }

    #[test]
    fn civil_round_trip() {
        for day in [-1000, 0, 1, 20_000, 20_786, 100_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }
}
