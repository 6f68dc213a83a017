//! A compact binary form of a validated deck, for the parsed-deck cache: reading it back is
//! many times faster than parsing the TOML again. `decode` never panics and refuses anything
//! that is not exactly what `encode` wrote (a damaged entry is then parsed from the TOML).

use super::model::{Body, Choice, Deck, Domain, Id, Question, Task};

/// Bumped whenever the layout changes, so entries written by another layout are never read.
const LAYOUT: u32 = 1;

pub fn encode(deck: &Deck) -> Vec<u8> {
    let mut out = Writer(Vec::with_capacity(4096));
    out.u32(LAYOUT);
    let Deck {
        id,
        title,
        description,
        language,
        questions,
    } = deck;
    out.str(id.as_str());
    out.str(title);
    out.opt_str(description.as_deref());
    out.str(language);
    out.u32(questions.len() as u32);
    for q in questions {
        question(&mut out, q);
    }
    out.0
}

fn question(out: &mut Writer, q: &Question) {
    let Question {
        id,
        domain,
        task,
        topics,
        prompt,
        explanation,
        refs,
        verified,
        body,
        line,
    } = q;
    out.str(id.as_str());
    out.u8(Domain::ALL.iter().position(|d| d == domain).unwrap_or(0) as u8);
    out.opt_str(task.map(|t| t.to_string()).as_deref());
    out.strs(topics);
    out.str(prompt);
    out.opt_str(explanation.as_deref());
    out.strs(refs);
    match verified {
        Some(date) => {
            out.u8(1);
            out.u32(date.year() as u32);
            out.u8(date.month() as u8);
            out.u8(date.day() as u8);
        }
        None => out.u8(0),
    }
    out.u32(*line as u32);
    match body {
        Body::Single { choices } => {
            out.u8(0);
            self::choices(out, choices);
        }
        Body::Multi { choices } => {
            out.u8(1);
            self::choices(out, choices);
        }
        Body::Card { answer } => {
            out.u8(2);
            out.str(answer);
        }
        Body::Typed { accept } => {
            out.u8(3);
            out.strs(accept);
        }
    }
}

fn choices(out: &mut Writer, choices: &[Choice]) {
    out.u32(choices.len() as u32);
    for Choice { text, correct, why } in choices {
        out.str(text);
        out.u8(u8::from(*correct));
        out.opt_str(why.as_deref());
    }
}

/// The deck `encode` wrote into `bytes`, or `None` if they are anything else.
pub fn decode(bytes: &[u8]) -> Option<Deck> {
    let mut r = Reader(bytes);
    if r.u32()? != LAYOUT {
        return None;
    }
    let id = Id::parse(r.str()?)?;
    let title = r.string()?;
    let description = r.opt_string()?;
    let language = r.string()?;
    let count = r.u32()? as usize;
    // Each question takes well over 16 bytes: a count beyond that is damage, not a deck.
    let mut questions = Vec::with_capacity(count.min(r.0.len() / 16));
    for _ in 0..count {
        questions.push(read_question(&mut r)?);
    }
    r.0.is_empty().then_some(Deck {
        id,
        title,
        description,
        language,
        questions,
    })
}

fn read_question(r: &mut Reader<'_>) -> Option<Question> {
    let id = Id::parse(r.str()?)?;
    let domain = *Domain::ALL.get(usize::from(r.u8()?))?;
    let task = match r.opt_str()? {
        Some(text) => Some(Task::parse(text)?),
        None => None,
    };
    let topics = r.strings()?;
    let prompt = r.string()?;
    let explanation = r.opt_string()?;
    let refs = r.strings()?;
    let verified = match r.u8()? {
        0 => None,
        1 => {
            let year = i16::try_from(r.u32()?).ok()?;
            let (month, day) = (r.u8()? as i8, r.u8()? as i8);
            Some(jiff::civil::Date::new(year, month, day).ok()?)
        }
        _ => return None,
    };
    let line = r.u32()? as usize;
    let body = match r.u8()? {
        0 => Body::Single {
            choices: read_choices(r)?,
        },
        1 => Body::Multi {
            choices: read_choices(r)?,
        },
        2 => Body::Card {
            answer: r.string()?,
        },
        3 => Body::Typed {
            accept: r.strings()?,
        },
        _ => return None,
    };
    Some(Question {
        id,
        domain,
        task,
        topics,
        prompt,
        explanation,
        refs,
        verified,
        body,
        line,
    })
}

fn read_choices(r: &mut Reader<'_>) -> Option<Vec<Choice>> {
    let count = r.u32()? as usize;
    let mut choices = Vec::with_capacity(count.min(r.0.len() / 6));
    for _ in 0..count {
        choices.push(Choice {
            text: r.string()?,
            correct: match r.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            },
            why: r.opt_string()?,
        });
    }
    Some(choices)
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.u32(list.len() as u32);
        for s in list {
            self.str(s);
        }
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = self.u32()? as usize;
        std::str::from_utf8(self.take(len)?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn opt_str(&mut self) -> Option<Option<&'a str>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.str()?)),
            _ => None,
        }
    }

    fn opt_string(&mut self) -> Option<Option<String>> {
        Some(self.opt_str()?.map(str::to_string))
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        let count = self.u32()? as usize;
        let mut list = Vec::with_capacity(count.min(self.0.len() / 4));
        for _ in 0..count {
            list.push(self.string()?);
        }
        Some(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decks with every kind of question, every optional field set and unset.
    fn bundled() -> Vec<Deck> {
        [
            include_str!("../../decks/s3.toml"),
            include_str!("../../decks/dynamodb.toml"),
            include_str!("../../decks/iam-accounts.toml"),
            include_str!("../../decks/lambda.toml"),
            include_str!("../../decks/protect-detect.toml"),
        ]
        .into_iter()
        .filter_map(|text| crate::deck::parse_deck_str(text).deck)
        .collect()
    }

    #[test]
    fn every_bundled_deck_comes_back_exactly() {
        let decks = bundled();
        assert_eq!(decks.len(), 5);
        let kinds: std::collections::HashSet<_> = decks
            .iter()
            .flat_map(|d| d.questions.iter().map(|q| q.kind()))
            .collect();
        assert_eq!(kinds.len(), 4, "every kind of question");
        for deck in decks {
            assert_eq!(decode(&encode(&deck)).as_ref(), Some(&deck), "{}", deck.id);
        }
    }

    #[test]
    fn anything_but_a_whole_entry_is_refused() {
        let deck = bundled().remove(0);
        let bytes = encode(&deck);
        // Every truncation, and the entry with a byte more.
        for len in 0..bytes.len() {
            assert_eq!(decode(&bytes[..len]), None, "cut at {len}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        // Another layout.
        let mut other = bytes.clone();
        other[0] ^= 0xff;
        assert_eq!(decode(&other), None);
        // A flipped byte anywhere never panics (it may still decode: the cache checksums).
        for i in (0..bytes.len()).step_by(7) {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0x5a;
            let _ = decode(&flipped);
        }
    }
}
