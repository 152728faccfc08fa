// More result rows than MaxResultRows is an error, not a silently truncated result.
// max-rows: 5
UNWIND range(1, 10) AS i
RETURN i
