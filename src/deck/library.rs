//! All loaded decks with an index by question key, shared by the screens and the exam.

use std::collections::HashMap;

use super::model::{Deck, Question, QuestionKey};

#[derive(Debug, Default)]
pub struct Library {
    pub decks: Vec<Deck>,
    index: HashMap<QuestionKey, (usize, usize)>,
}

impl Library {
    pub fn new(decks: Vec<Deck>) -> Library {
        let mut index = HashMap::new();
        for (d, deck) in decks.iter().enumerate() {
            for (q, question) in deck.questions.iter().enumerate() {
                index.insert(deck.key(question), (d, q));
            }
        }
        Library { decks, index }
    }

    pub fn get(&self, key: &QuestionKey) -> Option<(&Deck, &Question)> {
        let (d, q) = *self.index.get(key)?;
        let deck = &self.decks[d];
        Some((deck, &deck.questions[q]))
    }

    pub fn contains(&self, key: &QuestionKey) -> bool {
        self.index.contains_key(key)
    }

    pub fn deck_refs(&self) -> Vec<&Deck> {
        self.decks.iter().collect()
    }

    /// Every question with its key.
    pub fn questions(&self) -> impl Iterator<Item = (QuestionKey, &Deck, &Question)> {
        self.decks
            .iter()
            .flat_map(|d| d.questions.iter().map(move |q| (d.key(q), d, q)))
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}
