SELECT manifest_json FROM pack ORDER BY position, id
