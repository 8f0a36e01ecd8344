SELECT count(*) FROM answer a JOIN resident r ON r.id = a.resident_id WHERE r.shares_results = 1
