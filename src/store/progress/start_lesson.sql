INSERT INTO lesson_progress (resident_id, pack_id, lesson_id, attempt, phase, step, updated_at)
VALUES (?1, ?2, ?3, 1, 'steps', 0, ?4)
ON CONFLICT (resident_id, pack_id, lesson_id) DO UPDATE
SET attempt = attempt + 1, phase = 'steps', step = 0, updated_at = excluded.updated_at
