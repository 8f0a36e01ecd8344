-- What a workshop's residents who share their results needed another try for on the
-- pretend portal, among the workshop's lessons when it gives some: each resident's
-- stumbles, one row per try.
SELECT a.resident_id, a.stumbles FROM workshop_member m
JOIN resident r ON r.id = m.resident_id AND r.shares_results = 1
JOIN activity_attempt a ON a.resident_id = r.id AND a.kind = 'portal' AND a.stumbles <> ''
WHERE m.workshop_id = (SELECT id FROM workshop WHERE uid = ?1)
  AND (NOT EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = m.workshop_id)
       OR EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = m.workshop_id
                    AND wl.pack_id = a.pack_id AND wl.lesson_id = a.lesson_id))
