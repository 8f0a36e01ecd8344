-- The network's word on a resident's choice, made at ?3 (never older than the one here).
UPDATE resident SET follows_me = ?2, follows_at = max(follows_at, ?3) WHERE uid = ?1
