INSERT INTO pack (id, version, fingerprint, builtin, position, manifest_json, imported_at,
                  glossary_json)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
