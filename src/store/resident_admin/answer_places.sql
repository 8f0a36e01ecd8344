-- Where a sharing resident's answers were given (NULL: on this PC), for the leaders.
SELECT a.site, count(*) FROM answer a
JOIN resident r ON r.id = a.resident_id
WHERE r.uid = ?1 AND r.shares_results = 1
GROUP BY a.site
ORDER BY a.site IS NOT NULL, count(*) DESC, a.site
