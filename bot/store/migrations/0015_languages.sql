-- Fans in their own language (issue 14). A server's language for what the bot posts unprompted in its
-- channels (NULL: the server's own Discord locale); a subscriber's language, saved when they subscribe,
-- for their DM alerts; and each DM delivery's, copied from its subscription when the event fans out.
-- Values are Discord locale codes the bot speaks ("ko", "es-419"); NULL is English or the default.
ALTER TABLE guild_settings ADD COLUMN language TEXT;
ALTER TABLE subscriptions ADD COLUMN language TEXT;
ALTER TABLE deliveries ADD COLUMN language TEXT;
