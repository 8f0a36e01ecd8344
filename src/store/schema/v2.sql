-- Version 2: each resident's display settings (text size, high contrast, easy-to-read text).

ALTER TABLE resident ADD COLUMN text_percent INTEGER NOT NULL DEFAULT 100;
ALTER TABLE resident ADD COLUMN high_contrast INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resident ADD COLUMN easy_text INTEGER NOT NULL DEFAULT 0;
