#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

// The traffic equations of an open (Jackson) queueing network over the call graph (DESIGN.md,
// "Components and the call graph").
//
// Component i makes m_ij calls to j for every operation it serves; a cache passes on only its
// misses, so the routing matrix is
//
//     P_ij = Σ m_ij·(1 − h_i)        (summed over parallel edges i → j; h_i = 0 for non-caches)
//
// and the operations per second λ that reach each component, given the external arrivals e,
// solve λ = e + Pᵀλ, that is
//
//     λ = V·e,   V = (I − Pᵀ)⁻¹ = Σ_k (Pᵀ)^k,
//
// where V(j, i) is the number of visits to j per operation entering at i. The series converges,
// and V ≥ 0 so that every λ ≥ 0, exactly when the spectral radius ρ(P) < 1 (Perron–Frobenius;
// Berman & Plemmons, Nonnegative Matrices in the Mathematical Sciences, 1994, ch. 6). A loop
// (a retry i → i, or services calling each other) is allowed only then. ρ(P) is the largest of
// the spectral radii of the strongly connected components of the graph; a component with
// ρ ≥ 1 − 1e-9 is refused, with a message naming a loop in it by component names: a cycle whose
// own gain (the product of P along it) is ≥ 1, "the calls api → auth → api form a loop that
// multiplies traffic without end (each request comes back 1.5 times)", or, where only several
// loops together reach ρ ≥ 1, the components of the strongly connected component and one cycle.
//
// V is built one strongly connected component at a time, in topological order: between
// components only non-negative terms are summed, so a component that cannot be reached from i
// gets exactly 0 visits and the others are accurate to a few ulps; an LU is needed only within
// a loop.
//
// Failure contract: prepare() never aborts. It returns InvalidGraph for an edge to a missing
// component, calls per operation that are negative or not finite, a hit ratio outside [0, 1]
// (or a list of hit ratios of the wrong length), or calls that multiply traffic beyond what a
// double holds; EndlessLoop for ρ(P) ≥ 1 − 1e-9. The message names every problem.
//
// Asynchronous edges (through a queue) carry the average rate, not the peak: the consumer is
// sized for the average and the queue absorbs the excess. With V_sync built from the
// synchronous edges only, the design load is
//
//     λ_design = V_sync·e_peak + (V − V_sync)·e_avg,
//
// V − V_sync ≥ 0 being the visits along paths that cross at least one asynchronous edge. Each
// asynchronous edge i → j reports the rate that would cross it at peak, λ_peak,i·m_ij·(1 − h_i)
// with λ_peak = V·e_peak (every edge at peak: an upper bound, since i may itself sit behind a
// queue), and at average, λ_avg,i·m_ij·(1 − h_i) with λ_avg = V·e_avg; the caller turns them into
// a backlog = (peak inflow − consumer capacity) × peak duration.
//
// Rates are in the unit of e: operations per second in the engine.
namespace headroom::engine {

// Every operation served by `from` makes `callsPerOperation` calls to `to`.
struct RoutingEdge
{
    int from = 0;                   // index into CallGraph::names
    int to = 0;                     // index into CallGraph::names; `to == from` is a retry
    double callsPerOperation = 0.0; // m ≥ 0; a fraction is a probability (0.1: one call in ten is retried)
    bool async = false;             // through a queue: the consumer sees the average rate
};

// The call graph: n components, identified by index.
struct CallGraph
{
    std::vector<std::string> names; // one per component, for messages; its size is n
    std::vector<double> hitRatio;   // h_i in [0, 1], one per component; empty: no caches
    std::vector<RoutingEdge> edges;
};

enum class TrafficStatus
{
    Ok,
    InvalidGraph, // an edge to a missing component, a negative or non-finite m, h outside [0, 1]
    EndlessLoop,  // ρ(P) ≥ 1: some loop multiplies traffic without end
};

// The rates across one asynchronous edge, for the backlog of its queue.
struct AsyncInflow
{
    int edge = 0;         // index into CallGraph::edges
    double peak = 0.0;    // λ_peak,from·m·(1 − h_from)
    double average = 0.0; // λ_avg,from·m·(1 − h_from)
};

// The load on every component, one entry per component.
struct DesignLoad
{
    Eigen::VectorXd design;                // V_sync·e_peak + (V − V_sync)·e_avg: what to size for
    Eigen::VectorXd peak;                  // V·e_peak: every edge at its peak
    Eigen::VectorXd average;               // V·e_avg
    std::vector<AsyncInflow> asyncInflows; // one per asynchronous edge, in the order of CallGraph::edges
};

struct TrafficSetup;

// The traffic equations of one call graph, solved once: V and V_sync are computed by prepare(),
// after which each solve is a matrix-vector (or matrix-matrix) product, cheap enough for every
// month of every Monte Carlo sample.
class TrafficSolver
{
public:
    TrafficSolver() = default; // a graph with no components

    // Checks the graph and computes V and V_sync. On failure the setup carries no components and
    // a message naming every problem of its status (each edge by its components, each loop by its
    // path); loops are looked for only once the edges and hit ratios are valid.
    static TrafficSetup prepare(const CallGraph& graph);

    int componentCount() const { return int(m_routing.rows()); }
    const Eigen::MatrixXd& routing() const { return m_routing; }              // P
    const Eigen::MatrixXd& visits() const { return m_visits; }                // V = (I − Pᵀ)⁻¹
    const Eigen::MatrixXd& synchronousVisits() const { return m_syncVisits; } // V_sync

    // λ = V·e for e ≥ 0, one entry per component. An `external` of the wrong size gives an empty
    // vector; negative or non-finite entries are the caller's to prevent and are passed through.
    Eigen::VectorXd solve(const Eigen::VectorXd& external) const;

    // V·E for many right-hand sides at once, one column each (a month's samples, say). An
    // `externals` with the wrong number of rows gives an empty matrix.
    Eigen::MatrixXd solveEach(const Eigen::MatrixXd& externals) const;

    // The design load with asynchronous edges at their average rate (see the top of this file).
    // Expects e_avg ≤ e_peak, which gives average ≤ design ≤ peak. Inputs of the wrong size give
    // an empty DesignLoad.
    DesignLoad designLoad(const Eigen::VectorXd& peakExternal, const Eigen::VectorXd& averageExternal) const;

private:
    struct AsyncEdge
    {
        int edge = 0;
        int from = 0;
        double routing = 0.0; // m·(1 − h_from)
    };

    Eigen::MatrixXd m_routing;        // P
    Eigen::MatrixXd m_visits;         // V
    Eigen::MatrixXd m_syncVisits;     // V_sync
    Eigen::MatrixXd m_viaAsyncVisits; // V − V_sync, ≥ 0
    std::vector<AsyncEdge> m_asyncEdges;
};

// The result of TrafficSolver::prepare(): a status, a message and, when ok(), the solver.
struct TrafficSetup
{
    TrafficStatus status = TrafficStatus::Ok;
    std::string message;  // empty when ok(); otherwise every problem found, separated by "; "
    TrafficSolver solver; // no components unless ok()

    bool ok() const { return status == TrafficStatus::Ok; }
};

} // namespace headroom::engine
