//! All loaded decks with an index by question key, shared by the screens and the exam.

use std::collections::HashMap;

use super::model::{Body, Deck, Question, QuestionKey};
use super::translation::{TranslatedQuestion, Translation};

#[derive(Debug, Default)]
pub struct Library {
    pub decks: Vec<Deck>,
    index: HashMap<QuestionKey, (usize, usize)>,
    /// (question, language) -> its translation.
    translations: HashMap<(QuestionKey, String), TranslatedQuestion>,
}

impl Library {
    pub fn new(decks: Vec<Deck>) -> Library {
        let mut index = HashMap::new();
        for (d, deck) in decks.iter().enumerate() {
            for (q, question) in deck.questions.iter().enumerate() {
                index.insert(deck.key(question), (d, q));
            }
        }
        Library {
            decks,
            index,
            translations: HashMap::new(),
        }
    }

    /// The library with `translations` of its decks (for other decks they are ignored).
    pub fn with_translations(mut self, translations: Vec<Translation>) -> Library {
        for t in translations {
            for q in t.questions {
                let Some(deck) = self.decks.iter().find(|d| d.id == t.deck) else {
                    continue;
                };
                let key = QuestionKey {
                    deck: deck.id.clone(),
                    question: q.id.clone(),
                };
                if self.index.contains_key(&key) {
                    self.translations.insert((key, t.language.clone()), q);
                }
            }
        }
        self
    }

    /// Whether `key` has a translation into `language`.
    pub fn has_translation(&self, key: &QuestionKey, language: &str) -> bool {
        self.translations
            .contains_key(&(key.clone(), language.to_string()))
    }

    /// The question as shown in `language`: its translated texts over the English question
    /// (which keeps its id, correct answers, refs and schedule). English when there is no
    /// translation or `language` is `None`.
    pub fn localized(&self, key: &QuestionKey, language: Option<&str>) -> Option<Question> {
        let (_, english) = self.get(key)?;
        let Some(t) = language.and_then(|l| self.translations.get(&(key.clone(), l.to_string())))
        else {
            return Some(english.clone());
        };
        let mut q = english.clone();
        q.prompt = t.prompt.clone();
        if t.explanation.is_some() {
            q.explanation = t.explanation.clone();
        }
        match &mut q.body {
            Body::Single { choices } | Body::Multi { choices } => {
                for (c, (text, why)) in choices.iter_mut().zip(&t.choices) {
                    c.text = text.clone();
                    if why.is_some() {
                        c.why = why.clone();
                    }
                }
            }
            Body::Card { answer } => {
                if let Some(a) = &t.answer {
                    *answer = a.clone();
                }
            }
            // The English answers stay accepted; the translation adds its own.
            Body::Typed { accept } => accept.extend(t.accept.iter().cloned()),
        }
        Some(q)
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
