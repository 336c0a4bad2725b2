#pragma once

// LinkupAPI's billing rule in one place: list calls (inbox, conversation) cost 1 credit
// per 10 results or part of 10, so page sizes are kept to multiples of 10; v1 bills
// error answers too (1 credit), but not server errors (500-599) or calls that got no
// HTTP answer at all. Sending a message costs 1 credit, an auth call 1.
namespace Billing {

constexpr int ResultsPerCredit = 10;

// Clamped to 10..25 and rounded to a multiple of 10 (10 or 20): 25 would bill as 30,
// and the API returns at most 25.
int normalizedPageSize(int requested);

// Credits for a list call that returned this many results (at least 1).
int creditsForResults(int results);

// Credits one HTTP attempt costs: httpStatus 0 means no HTTP answer arrived.
int creditsForAttempt(int httpStatus, bool isError, int resultsReturned);

} // namespace Billing
