SELECT EXISTS (SELECT 1 FROM workshop w JOIN workshop_member m ON m.workshop_id = w.id
               WHERE m.resident_id = ?1 AND w.day = ?2)
