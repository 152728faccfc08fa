// id: PL-010
// title: New company without staff suing in bulk on assigned claims
// model: private_lending
// severity: high
// signals: L8
// param: min_suits = 3 -- debt-assignment suits the company needs
// param: max_employees = 0 -- social-security headcount at or below which a company counts as having no staff
// param: max_age_days = 365 -- days from establishment to its first suit
// meaning: A company set up months before it starts suing, with nobody on its payroll, files debt-assignment suits in
//   bulk. Such shells are the usual vehicle for moving claims out of a debtor's reach (the legal representative often
//   does not know the company exists). Companies with unknown headcount or establishment date are not matched.
// explain: {company} (established {established_on}, {employees} employees) filed {suits} debt-assignment suits, the first {age_days} days after it was set up
MATCH (a:Company)-[r:PARTY_IN]->(s:Case)
WHERE s.cause = 'debt_assignment' AND r.side = 'claimant'
WITH a, collect(DISTINCT s) AS suits, min(s.filed_on) AS first
WHERE size(suits) >= $min_suits
  AND a.employees IS NOT NULL AND a.employees <= $max_employees
  AND a.established_on IS NOT NULL AND first >= a.established_on
  AND duration.inDays(a.established_on, first).days <= $max_age_days
UNWIND suits AS s
MATCH (b)-[rb:PARTY_IN]->(s)
WHERE b <> a
WITH a, suits, first, collect(DISTINCT b) AS others
RETURN [a] + others AS entities,
       suits AS records,
       0.85 AS weight,
       {company: a.name, established_on: a.established_on, employees: a.employees, suits: size(suits), age_days: duration.inDays(a.established_on, first).days} AS facts
