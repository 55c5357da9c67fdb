-- Version 13: what Empathy Desk uses a reply template for (empathy::ReplyTemplate::purpose):
-- apology_formal, apology_warm, compensation, or '' for the others.
ALTER TABLE reply_templates ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
