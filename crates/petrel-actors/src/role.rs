//! Dated roles: which code a dictionary entry carries on a given day.

use petrel_core::Date;

/// One code of an entry, in force from `from` (inclusive) to `to` (exclusive); an undated
/// role is the entry's default, used when no dated role is in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// CAMEO actor code, e.g. `USAGOV`; for agents a sector with `~`, e.g. `~GOV` or `NGO~`.
    pub code: Box<str>,
    /// First day in force, if bounded.
    pub from: Option<Date>,
    /// First day no longer in force, if bounded.
    pub to: Option<Date>,
}

impl Role {
    /// An undated role.
    pub fn undated(code: &str) -> Role {
        Role {
            code: code.into(),
            from: None,
            to: None,
        }
    }
    /// True when the role carries no date bounds.
    pub fn is_default(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
    /// True when the role is in force on `d`.
    pub fn in_force(&self, d: Date) -> bool {
        self.from.map_or(true, |f| f <= d) && self.to.map_or(true, |t| d < t)
    }
}

/// The role of `roles` in force on `date`: the dated role in force that started last, else the
/// default role. With no date, the role that started last (an open-ended one first), else the default.
pub fn select(roles: &[Role], date: Option<Date>) -> Option<&Role> {
    let dated = roles.iter().filter(|r| !r.is_default());
    let best = match date {
        Some(d) => dated.filter(|r| r.in_force(d)).max_by_key(|r| r.from),
        None => dated.max_by_key(|r| (r.to.is_none(), r.from, r.to)),
    };
    best.or_else(|| roles.iter().find(|r| r.is_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn picks_role_in_force_then_default() {
        let roles = vec![
            Role {
                code: "USALEG".into(),
                from: Some(d("1973-01-03")),
                to: Some(d("2009-01-15")),
            },
            Role {
                code: "USAGOV".into(),
                from: Some(d("2009-01-20")),
                to: Some(d("2017-01-20")),
            },
            Role::undated("USA"),
        ];
        assert_eq!(
            &*select(&roles, Some(d("2000-05-01"))).unwrap().code,
            "USALEG"
        );
        assert_eq!(
            &*select(&roles, Some(d("2014-05-01"))).unwrap().code,
            "USAGOV"
        );
        assert_eq!(&*select(&roles, Some(d("2018-05-01"))).unwrap().code, "USA");
        assert_eq!(&*select(&roles, None).unwrap().code, "USAGOV");
        assert!(select(&[], None).is_none());
    }
}
