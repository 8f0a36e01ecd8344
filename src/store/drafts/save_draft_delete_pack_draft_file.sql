DELETE FROM pack_draft_file WHERE draft_id = ?1
AND path NOT IN (SELECT value FROM json_each(?2))
