# ko: cli messages (Project Fluent). Ids match across languages; see src/i18n.
