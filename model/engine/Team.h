#pragma once

#include "engine/EigenTypes.h"
#include "engine/Validation.h"

#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// The team behind the system (DESIGN.md, "Team"): headcount per role, the hires it takes to get
// there, the requisitions to open ahead of them, what recruiting can deliver, on-call coverage,
// cost, and how much work a team gets done as it grows (the Universal Scalability Law, as for
// machines). Pure functions over plain parameter structs; the engine maps its model onto them.
//
// Months are indices 0 … months − 1 into the caller's Series. Headcounts, hires and requisitions
// are in people; costs in the currency of the parameters, per month.
//
// Headcount H(t) of a role is a whole number of people: a derived headcount is rounded up,
// H = ⌈x⌉, so that 2.1 engineers' worth of work takes 3 people. A ratio that is whole up to rounding
// error (x within 1e-9·max(1, x) above a whole number) is not raised by one. An explicit headcount
// (a growth curve) is rounded up the same way. H is never negative.
//
// Hires, with m = attritionPerYear / 12 the share of a role that leaves in a month:
//
//     hires(t) = max(0, H(t) − (1 − m)·H(t − 1)),     H(−1) = H(0)
//
// the growth plus the replacement of leavers, which is max(0, H(t) − H(t − 1)) + m·H(t − 1) while
// the team grows or holds. Month 0 hires only the replacements (the team at month 0 exists). When
// the team shrinks, leavers are not replaced until it is back down to what it needs; the model plans
// hiring, not lay-offs. Hires are an expected number and may be fractional (50 people at 12%/year
// lose 0.5 a month).
//
// Lead time L: a hire needed in month t is opened as a requisition in month t − L, and a requisition
// opened in month τ brings its person in month τ + L at the earliest. The plan starts in month 0
// with the requisitions a steady team keeps open, those that replace its leavers: they bring
// p = hires(0) = m·H(0) people a month in months 0 … L − 1. Hires due before month L beyond that
// pace would have needed requisitions before month 0: they are late. They are opened in month 0,
// cannot start before month L, and until then the people in place fall short of the plan (below).
// A team that does not grow is not affected; a team that grows in its first L months is short of
// that growth until month L, and catches up from then within recruiting capacity. Requisitions in
// the last L months cover only hires within the horizon.
//
// Recruiting capacity c is the number of hires the company can close (people who start) per month,
// across all roles. With A(t) the headcount actually in place, A(−1) = H(0):
//
//     due_r(t)    = max(0, H_r(t) − (1 − m_r)·A_r(t − 1))      hires role r needs to start in month t
//     ready_r(t)  = min(due_r(t), p_r) for t < L, else due_r(t)   those whose requisitions opened in time
//     closed_r(t) = ready_r(t)·min(1, c / Σ_r ready_r(t))      capacity shared in proportion to need
//     A_r(t)      = min(H_r(t), (1 − m_r)·A_r(t − 1) + closed_r(t))
//     backlog_r(t) = H_r(t) − A_r(t)                          unfilled hires, due again next month
//
// Without a shortfall A = H and due = hires. With one: hires beyond capacity, or late for their
// lead time, roll over to the next month (people not yet hired do not leave, hence the (1 − m) on the
// backlog). Recruiting is over capacity in month t when Σ_r ready_r(t) > c: the month the missing
// people are missed (their requisitions were opened L months earlier). Hiring is late in month t < L
// when Σ_r hires_r(t) − p_r > 0. Sharing c in proportion keeps the result independent of the order of
// roles, at the price of fractional headcounts when two roles compete.
//
// On-call: each of rotations(t) rotations needs at least minPeoplePerRotation people. The rotations
// are undersized in month t when
//
//     rotations(t)·minPeoplePerRotation − eligible(t) > 0.005
//
// eligible being a given series or else the headcount actually in place in the SRE roles. That
// headcount is an expected number, fractional under attrition and a recruiting shortfall; a shortfall
// of 0.005 of a person or less (under four hours of one person's month, and below the hundredth of a
// person people are reported in) is no gap in a rota, so a rota reported short always shows, to two
// decimals, fewer people than it needs.
//
// Cost per month: team cost = A(t)·loadedCostPerMonth (the people in place); recruiting cost =
// closed(t)·costPerHire (the hires made). Without a shortfall, H·loadedCost and hires·costPerHire.
//
// Failure contract: validateTeam() returns every problem, each naming its field; projectTeam()
// validates first and returns no series, only the problems, when there are any. Nothing else
// aborts; the lower-level functions expect valid arguments and say what they do otherwise.
namespace headroom::engine {

// Headcount given month by month by the caller (from a growth curve); one value per month.
struct ExplicitHeadcount
{
    Series headcount;
};

// engineersPerGroup × the number of component groups the role owns, TeamInputs::componentGroups(t).
struct PerComponentGroupHeadcount
{
    double engineersPerGroup = 0.0; // > 0
};

// max(rotations(t) × minPeoplePerRotation, instances(t) / instancesPerSre), from TeamInputs.
struct SreHeadcount
{
    double instancesPerSre = 0.0; // > 0
};

// users(t) / usersPerSupportPerson, from TeamInputs::users.
struct SupportHeadcount
{
    double usersPerSupportPerson = 0.0; // > 0
};

using HeadcountRule = std::variant<ExplicitHeadcount, PerComponentGroupHeadcount, SreHeadcount, SupportHeadcount>;

// Small teams for the USL of people (see teamThroughput()).
struct TeamScaling
{
    int maxTeamSize = 8; // s ≥ 1
    double sigma = 0.0;  // contention across the organisation, in [0, 1)
    double kappa = 0.0;  // coherency (pairwise communication) within a team, ≥ 0
};

struct RoleParameters
{
    std::string id;                  // unique, non-empty; names the role in problems
    double loadedCostPerMonth = 0.0; // salary and overheads per person, ≥ 0
    double attritionPerYear = 0.0;   // share of the role that leaves in a year, in [0, 1] (0.12: 12%)
    double costPerHire = 0.0;        // recruiting cost per hire, ≥ 0
    HeadcountRule rule;
    std::optional<TeamScaling> scaling; // when set, the role's throughput is reported
};

struct OnCallParameters
{
    Series rotations;             // rotations per month, ≥ 0; empty: no on-call
    int minPeoplePerRotation = 1; // ≥ 1
    Series eligible;              // people who can take call, per month; empty: the SRE roles' headcount
};

// The longest hiring lead time, in months.
inline constexpr int kMaxLeadTimeMonths = 24;

// The per-month inputs, months long; a series no rule uses may be empty.
struct TeamInputs
{
    int months = 0;
    Series users;           // for SupportHeadcount
    Series instances;       // for SreHeadcount
    Series componentGroups; // for PerComponentGroupHeadcount
    OnCallParameters onCall;
    double recruitingCapacityPerMonth = std::numeric_limits<double>::infinity(); // ≥ 0; infinity: no limit
    int leadTimeMonths = 0;                                                      // in [0, kMaxLeadTimeMonths]
};

// One role over the horizon; every series is `months` long.
struct RoleProjection
{
    std::string id;
    Series headcount;              // H(t): needed, whole people
    Series hires;                  // hires(t) the plan needs to start in month t
    Series requisitions;           // requisitions to open in month t = hires(t + L), late ones in month 0
    double lateRequisitions = 0.0; // of requisitions(0), those already late: Σ max(0, hires(t) − p) for t < L
    Series hired;                  // closed(t): hires made, within recruiting capacity
    Series backlog;                // H(t) − A(t): hires still to make
    Series actualHeadcount;        // A(t): people in place
    Series cost;                   // A(t)·loadedCostPerMonth
    Series recruitingCost;         // hired(t)·costPerHire
    // teamThroughput() of A(t) rounded to whole people (A is an expectation: 43.99 is 44 people, one of
    // whom leaves with a chance of 1%), in people-equivalents; empty without scaling
    Series throughput;
};

// The result of projectTeam(): ok() or the problems that stopped it.
struct TeamProjection
{
    std::vector<Problem> problems; // empty when ok()
    std::vector<RoleProjection> roles;

    // Totals across roles, per month.
    Series headcount;
    Series actualHeadcount;
    Series hires;
    Series requisitions;
    Series backlog;
    Series cost;
    Series recruitingCost;
    Series ready; // Σ_r ready_r(t): hires due whose requisitions opened in time, before recruiting capacity

    std::vector<bool> overRecruitingCapacity;            // per month: Σ ready(t) > capacity
    std::optional<int> firstMonthOverRecruitingCapacity; // the first such month
    double lateRequisitions = 0.0;                       // Σ over roles: hires due before month L that are late
    std::optional<int> firstMonthHiringLate;             // the first month t < L with a late hire
    Series onCallEligible;                               // per month
    Series onCallRequired;                               // rotations(t)·minPeoplePerRotation
    std::optional<int> firstMonthOnCallUndersized;       // first month with eligible short of required

    bool ok() const { return problems.empty(); }
};

// Every invalid parameter, each as (snake_case field, message): "roles[sre].instances_per_sre",
// "lead_time_months", "on_call.rotations"… Empty when projectTeam() can run them.
std::vector<Problem> validateTeam(const std::vector<RoleParameters>& roles, const TeamInputs& inputs);

// H(t) for one role, `inputs.months` long, whole and ≥ 0. Expects valid parameters.
Series roleHeadcount(const RoleParameters& role, const TeamInputs& inputs);

// hires(t) = max(0, H(t) − (1 − attritionPerYear/12)·H(t − 1)), H(−1) = H(0).
Series hiresNeeded(const Series& headcount, double attritionPerYear);

// Requisitions per month for hires per month and a lead time ≥ 0 (a negative one is taken as 0), given
// the hires a month that requisitions open before month 0 bring in months 0 … L − 1 (`openAtStart`,
// ≥ 0: a steady team's replacements, hires(0); 0: none are open).
struct RequisitionPlan
{
    Series requisitions; // requisitions(t) = hires(t + L); month 0 also holds the late ones
    double late = 0.0;   // Σ max(0, hires(t) − openAtStart) for t < L: already late when opened in month 0
    std::optional<int> firstLateMonth; // the first month t < L with hires(t) > openAtStart
};
RequisitionPlan openRequisitions(const Series& hires, int leadTimeMonths, double openAtStart = 0.0);

// The first month with eligible(t) short of rotations(t)·minPeoplePerRotation by more than 0.005 of a
// person (see the header's comment); none when the series are empty. Series of different lengths are
// compared over the shorter.
std::optional<int> firstMonthOnCallUndersized(const Series& eligible, const Series& rotations,
                                              int minPeoplePerRotation);

// The throughput of `people` split into k = ⌈n/s⌉ teams of at most s, as even as can be (sizes n_i
// differ by at most one), each person delivering 1 alone:
//
//     X = Σ_i n_i / (1 + σ(n − 1) + κ·n_i(n_i − 1))
//
// Contention σ is over the whole organisation (a shared release train, code review queue, roadmap:
// splitting does not remove serial work), coherency κ only within a team (people talk to their own
// team). For one team (s ≥ n) this is the USL, uslThroughput(n, 1, {σ, κ}); with σ = κ = 0 it is n.
// Splitting lowers the κ term from n(n − 1) to n_i(n_i − 1) per person, so with κ > 0 small teams
// beat one large one. In people-equivalents. people ≤ 0 gives 0; maxTeamSize < 1, σ outside [0, 1),
// κ < 0 or NaN give NaN.
double teamThroughput(int people, int maxTeamSize, double sigma, double kappa);
double teamThroughput(int people, const TeamScaling& scaling);

// Everything at once: headcount, hires, requisitions and the recruiting backlog per role, costs,
// totals, and the first months over recruiting capacity, with hires late for the lead time, and with
// on-call undersized. Validates first: with problems, returns them and no series.
TeamProjection projectTeam(const std::vector<RoleParameters>& roles, const TeamInputs& inputs);

} // namespace headroom::engine
