// City.name has no index: the label scan plus a filter is the best plan.
// graph: people
// mode: explain
MATCH (c:City)
WHERE c.name = 'Hangzhou'
RETURN c
