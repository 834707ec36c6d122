days = { $count ->
    [one] one day
   *[other] { NUMBER($count) } days
}
when = { DATETIME("2025-07-01", dateStyle: "short") }
