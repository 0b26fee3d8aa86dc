#include "engine/Traffic.h"

#include "engine/NumberText.h"

#include <algorithm>
#include <cmath>

namespace headroom::engine {

namespace {

// A loop whose gain is this close to 1 is refused with the endless ones: it would multiply traffic
// by ~1e9, and (I − Pᵀ) would be too close to singular to solve accurately.
constexpr double kLoopMargin = 1e-9;
constexpr std::size_t kMaxNamesListed = 6;

constexpr int kDigits = 4; // factors and ratios in the call graph's messages

std::string joinProblems(const std::vector<std::string>& problems)
{
    std::string text;
    for (const std::string& problem : problems)
        text += (text.empty() ? "" : "; ") + problem;
    return text;
}

int componentCount(const CallGraph& graph)
{
    return int(graph.names.size());
}

std::string nameOf(const CallGraph& graph, int index)
{
    if (index >= 0 && index < componentCount(graph) && !graph.names[std::size_t(index)].empty())
        return graph.names[std::size_t(index)];
    return "component " + std::to_string(index);
}

double hitRatioOf(const CallGraph& graph, int index)
{
    return graph.hitRatio.empty() ? 0.0 : graph.hitRatio[std::size_t(index)];
}

std::string describeEdge(const CallGraph& graph, std::size_t edge)
{
    const RoutingEdge& e = graph.edges[edge];
    return "the call " + nameOf(graph, e.from) + " → " + nameOf(graph, e.to) + " (call #" + std::to_string(edge) + ")";
}

// Everything wrong with the graph's indices and numbers, each naming its component or edge.
std::vector<std::string> structuralProblems(const CallGraph& graph)
{
    std::vector<std::string> problems;
    const int n = componentCount(graph);
    if (!graph.hitRatio.empty() && graph.hitRatio.size() != graph.names.size())
        problems.push_back("there are " + std::to_string(n) + " components but " +
                           std::to_string(graph.hitRatio.size()) + " hit ratios: give one per component, or none");
    else
        for (int i = 0; i < int(graph.hitRatio.size()); ++i) {
            const double h = graph.hitRatio[std::size_t(i)];
            if (!(h >= 0.0 && h <= 1.0))
                problems.push_back("the hit ratio of " + nameOf(graph, i) + " is " + formatNumber(h, kDigits) +
                                   ", but it must be between 0 and 1");
        }
    for (std::size_t k = 0; k < graph.edges.size(); ++k) {
        const RoutingEdge& e = graph.edges[k];
        for (int end : {e.from, e.to})
            if (end < 0 || end >= n) {
                problems.push_back(describeEdge(graph, k) + " refers to component " + std::to_string(end) +
                                   ", which does not exist (there are " + std::to_string(n) + " components)");
                break;
            }
        if (!(std::isfinite(e.callsPerOperation) && e.callsPerOperation >= 0.0))
            problems.push_back(describeEdge(graph, k) + " has " + formatNumber(e.callsPerOperation, kDigits) +
                               " calls per operation, but it must be a finite number, 0 or more");
    }
    return problems;
}

// P_ij = Σ m_ij·(1 − h_i), over all edges or over the synchronous ones only. The graph is valid.
Eigen::MatrixXd routingMatrix(const CallGraph& graph, bool synchronousOnly)
{
    const Eigen::Index n = componentCount(graph);
    Eigen::MatrixXd routing = Eigen::MatrixXd::Zero(n, n);
    for (const RoutingEdge& e : graph.edges)
        if (!(synchronousOnly && e.async))
            routing(e.from, e.to) += e.callsPerOperation * (1.0 - hitRatioOf(graph, e.from));
    return routing;
}

// The strongly connected components of the graph of positive entries of P (Tarjan, 1972), each
// emitted after every component it calls: sinks first, the reverse of a topological order. The
// recursion is as deep as the longest chain of calls, a few hundred components at most.
class StrongComponents
{
public:
    explicit StrongComponents(const Eigen::MatrixXd& routing)
        : m_routing(routing), m_index(std::size_t(routing.rows()), -1), m_lowLink(m_index.size(), 0),
          m_onStack(m_index.size(), false)
    {
        for (int v = 0; v < int(routing.rows()); ++v)
            if (m_index[std::size_t(v)] < 0)
                visit(v);
    }

    const std::vector<std::vector<int>>& components() const { return m_components; } // sinks first

private:
    void visit(int v)
    {
        const auto sv = std::size_t(v);
        m_index[sv] = m_lowLink[sv] = m_next++;
        m_stack.push_back(v);
        m_onStack[sv] = true;
        for (int w = 0; w < int(m_routing.cols()); ++w) {
            if (!(m_routing(v, w) > 0.0))
                continue;
            const auto sw = std::size_t(w);
            if (m_index[sw] < 0) {
                visit(w);
                m_lowLink[sv] = std::min(m_lowLink[sv], m_lowLink[sw]);
            } else if (m_onStack[sw]) {
                m_lowLink[sv] = std::min(m_lowLink[sv], m_index[sw]);
            }
        }
        if (m_lowLink[sv] != m_index[sv])
            return;
        std::vector<int> component;
        int w = -1;
        do {
            w = m_stack.back();
            m_stack.pop_back();
            m_onStack[std::size_t(w)] = false;
            component.push_back(w);
        } while (w != v);
        std::sort(component.begin(), component.end());
        m_components.push_back(std::move(component));
    }

    const Eigen::MatrixXd& m_routing;
    std::vector<int> m_index;
    std::vector<int> m_lowLink;
    std::vector<bool> m_onStack;
    std::vector<int> m_stack;
    int m_next = 0;
    std::vector<std::vector<int>> m_components;
};

Eigen::MatrixXd subMatrix(const Eigen::MatrixXd& routing, const std::vector<int>& members)
{
    const auto k = Eigen::Index(members.size());
    Eigen::MatrixXd block(k, k);
    for (Eigen::Index a = 0; a < k; ++a)
        for (Eigen::Index b = 0; b < k; ++b)
            block(a, b) = routing(members[std::size_t(a)], members[std::size_t(b)]);
    return block;
}

// Whether ρ(B) < 1 − kLoopMargin for a non-negative square block; `radius` gets ρ(B), or NaN when
// the eigenvalue iteration does not converge. Then the test falls back on the M-matrix criterion:
// for B ≥ 0, ρ(B) < 1 iff I − B is invertible with (I − B)⁻¹ ≥ 0 (Berman & Plemmons, ch. 6).
bool loopIsBounded(const Eigen::MatrixXd& block, double& radius)
{
    if (block.rows() == 1) {
        radius = block(0, 0);
        return radius < 1.0 - kLoopMargin;
    }
    const Eigen::EigenSolver<Eigen::MatrixXd> eigen(block, false);
    if (eigen.info() == Eigen::Success) {
        radius = eigen.eigenvalues().cwiseAbs().maxCoeff();
        return radius < 1.0 - kLoopMargin;
    }
    radius = std::nan("");
    const Eigen::MatrixXd system = Eigen::MatrixXd::Identity(block.rows(), block.cols()) - block;
    const Eigen::FullPivLU<Eigen::MatrixXd> lu(system);
    if (!lu.isInvertible())
        return false;
    const Eigen::MatrixXd inverse = lu.inverse();
    return inverse.allFinite() && inverse.minCoeff() >= 0.0;
}

// A cycle in the predecessor graph of Bellman–Ford (each vertex points at its predecessor), in
// call order; empty when there is none.
std::vector<std::size_t> predecessorCycle(const std::vector<long>& predecessor)
{
    const std::size_t k = predecessor.size();
    std::vector<std::size_t> walkOf(k, k); // which walk reached the vertex first; k: none
    for (std::size_t start = 0; start < k; ++start) {
        long v = long(start);
        while (v >= 0 && walkOf[std::size_t(v)] == k) {
            walkOf[std::size_t(v)] = start;
            v = predecessor[std::size_t(v)];
        }
        if (v < 0 || walkOf[std::size_t(v)] != start)
            continue; // reached a root, or a vertex an earlier walk has cleared
        std::vector<std::size_t> cycle{std::size_t(v)};
        for (long u = predecessor[std::size_t(v)]; u != v; u = predecessor[std::size_t(u)])
            cycle.push_back(std::size_t(u));
        std::reverse(cycle.begin(), cycle.end());
        return cycle;
    }
    return {};
}

// An elementary cycle among `members` with gain Π P ≥ ~1, found as a negative cycle of the weights
// −log P_ij − margin by Bellman–Ford from a virtual source (every distance starts at 0). Once there
// is a negative cycle, distances along it fall without bound, so the predecessor graph cannot stay
// acyclic, and every cycle it forms is negative (Cormen et al., Introduction to Algorithms, 3rd ed.,
// §24.5, the proof of lemma 24.16). Empty when every cycle gains less (the loops then add up to an
// endless one only together), or, as a safeguard, when none has formed after 4k + 4 rounds.
std::vector<int> cycleWithGainOfOne(const Eigen::MatrixXd& routing, const std::vector<int>& members)
{
    struct Arc
    {
        std::size_t from;
        std::size_t to;
        double weight;
    };
    const std::size_t k = members.size();
    std::vector<Arc> arcs;
    for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b)
            if (const double p = routing(members[a], members[b]); p > 0.0)
                arcs.push_back({a, b, -std::log(p) - kLoopMargin});
    std::vector<double> distance(k, 0.0);
    std::vector<long> predecessor(k, -1);
    for (std::size_t round = 0; round < 4 * k + 4; ++round) {
        bool relaxed = false;
        for (const Arc& arc : arcs)
            if (distance[arc.from] + arc.weight < distance[arc.to]) {
                distance[arc.to] = distance[arc.from] + arc.weight;
                predecessor[arc.to] = long(arc.from);
                relaxed = true;
            }
        if (!relaxed)
            return {}; // shortest paths exist: no negative cycle
        if (const std::vector<std::size_t> local = predecessorCycle(predecessor); !local.empty()) {
            std::vector<int> cycle;
            for (std::size_t v : local)
                cycle.push_back(members[v]);
            return cycle;
        }
    }
    return {};
}

// The shortest cycle through `start` using positive entries among `members` (breadth-first).
std::vector<int> shortestCycleThrough(const Eigen::MatrixXd& routing, const std::vector<int>& members, int start)
{
    if (routing(start, start) > 0.0)
        return {start};
    std::vector<int> parent(std::size_t(routing.rows()), -2);
    std::vector<int> queue{start};
    parent[std::size_t(start)] = -1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        for (int w : members) {
            if (!(routing(u, w) > 0.0))
                continue;
            if (w == start) {
                std::vector<int> cycle;
                for (int x = u; x != -1; x = parent[std::size_t(x)])
                    cycle.push_back(x);
                std::reverse(cycle.begin(), cycle.end());
                return cycle;
            }
            if (parent[std::size_t(w)] == -2) {
                parent[std::size_t(w)] = u;
                queue.push_back(w);
            }
        }
    }
    return {start};
}

std::string describePath(const CallGraph& graph, std::vector<int> cycle)
{
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    std::string text;
    for (int v : cycle)
        text += nameOf(graph, v) + " → ";
    return text + nameOf(graph, cycle.front());
}

std::string listNames(const CallGraph& graph, const std::vector<int>& members)
{
    std::string text;
    const std::size_t listed = std::min(members.size(), kMaxNamesListed);
    for (std::size_t k = 0; k < listed; ++k)
        text += (k == 0 ? "" : (k + 1 == members.size() ? " and " : ", ")) + nameOf(graph, members[k]);
    if (listed < members.size())
        text += " and " + std::to_string(members.size() - listed) + " more";
    return text;
}

// "the calls api → auth → api form a loop that multiplies traffic without end (...)".
std::string describeLoop(const CallGraph& graph, const Eigen::MatrixXd& routing, const std::vector<int>& members,
                         double radius)
{
    if (const std::vector<int> cycle = cycleWithGainOfOne(routing, members); !cycle.empty()) {
        double gain = 1.0;
        for (std::size_t k = 0; k < cycle.size(); ++k)
            gain *= routing(cycle[k], cycle[(k + 1) % cycle.size()]);
        const bool once = std::abs(gain - 1.0) <= kLoopMargin * double(cycle.size());
        return std::string(cycle.size() == 1 ? "the call " : "the calls ") + describePath(graph, cycle) +
               (cycle.size() == 1 ? " forms" : " form") + " a loop that multiplies traffic without end (" +
               (once ? "each request comes back once, forever"
                     : "each request comes back " + formatNumber(gain, kDigits) + " times") +
               ")";
    }
    std::string text = "the calls among " + listNames(graph, members) + " (for example " +
                       describePath(graph, shortestCycleThrough(routing, members, members.front())) +
                       ") form loops that together multiply traffic without end";
    if (std::isfinite(radius))
        text += " (traffic grows by a factor of " + formatNumber(radius, kDigits) + " at every call)";
    return text;
}

// One message for each strongly connected component with ρ ≥ 1 − kLoopMargin.
std::vector<std::string> endlessLoops(const CallGraph& graph, const Eigen::MatrixXd& routing)
{
    std::vector<std::string> problems;
    const StrongComponents strong(routing);
    for (const std::vector<int>& members : strong.components()) {
        if (members.size() == 1 && !(routing(members.front(), members.front()) > 0.0))
            continue; // no loop
        double radius = 0.0;
        if (!loopIsBounded(subMatrix(routing, members), radius))
            problems.push_back(describeLoop(graph, routing, members, radius));
    }
    return problems;
}

// V = (I − Pᵀ)⁻¹ for ρ(P) < 1; empty when it overflows. Rather than one LU of the whole matrix, the
// strongly connected components C are solved in topological order, for the rows C of V:
//
//     V_C = (I − P_CCᵀ)⁻¹·(I_C + Σ_{i ∉ C} P_iCᵀ·V_i)       (the rows i upstream of C come first)
//
// Between components this sums non-negative terms only, so each visit count is accurate to a few
// ulps of itself and a component that cannot be reached gets exactly 0 (one LU of the whole matrix
// leaves noise of ε·‖V‖ there); the LU is confined to the loops themselves.
Eigen::MatrixXd visitMatrix(const Eigen::MatrixXd& routing)
{
    const Eigen::Index n = routing.rows();
    Eigen::MatrixXd transposed = Eigen::MatrixXd::Zero(n, n); // W: column j holds row j of V
    const StrongComponents strong(routing);
    const std::vector<std::vector<int>>& components = strong.components(); // sinks first
    std::vector<bool> inComponent(std::size_t(n), false);
    for (auto members = components.rbegin(); members != components.rend(); ++members) {
        for (int j : *members)
            inComponent[std::size_t(j)] = true;
        const auto k = Eigen::Index(members->size());
        Eigen::MatrixXd rightSide = Eigen::MatrixXd::Zero(n, k);
        for (Eigen::Index a = 0; a < k; ++a) {
            const int j = (*members)[std::size_t(a)];
            rightSide(j, a) = 1.0;
            for (Eigen::Index i = 0; i < n; ++i)
                if (routing(i, j) > 0.0 && !inComponent[std::size_t(i)])
                    rightSide.col(a) += routing(i, j) * transposed.col(i);
        }
        const Eigen::MatrixXd block = subMatrix(routing, *members);
        const Eigen::MatrixXd solved = k == 1 ? Eigen::MatrixXd(rightSide / (1.0 - block(0, 0)))
                                              : Eigen::MatrixXd((Eigen::MatrixXd::Identity(k, k) - block.transpose())
                                                                    .partialPivLu()
                                                                    .solve(rightSide.transpose())
                                                                    .transpose());
        for (Eigen::Index a = 0; a < k; ++a)
            transposed.col((*members)[std::size_t(a)]) = solved.col(a);
        for (int j : *members)
            inComponent[std::size_t(j)] = false;
    }
    if (!transposed.allFinite())
        return Eigen::MatrixXd(0, 0);
    // V = Σ (Pᵀ)^k ≥ 0 exactly; the LU of a loop can leave −1e-17 where the sum is 0.
    return transposed.transpose().cwiseMax(0.0);
}

TrafficSetup failure(TrafficStatus status, const std::vector<std::string>& problems)
{
    TrafficSetup setup;
    setup.status = status;
    setup.message = joinProblems(problems);
    return setup;
}

} // namespace

TrafficSetup TrafficSolver::prepare(const CallGraph& graph)
{
    if (const std::vector<std::string> problems = structuralProblems(graph); !problems.empty())
        return failure(TrafficStatus::InvalidGraph, problems);
    const Eigen::MatrixXd routing = routingMatrix(graph, false);
    if (!routing.allFinite())
        return failure(TrafficStatus::InvalidGraph, {"the calls per operation add up to more than can be represented"});
    if (const std::vector<std::string> problems = endlessLoops(graph, routing); !problems.empty())
        return failure(TrafficStatus::EndlessLoop, problems);

    TrafficSetup setup;
    TrafficSolver& solver = setup.solver;
    solver.m_visits = visitMatrix(routing);
    solver.m_syncVisits = visitMatrix(routingMatrix(graph, true)); // P_sync ≤ P, so ρ(P_sync) ≤ ρ(P) < 1
    if (solver.m_visits.rows() != routing.rows() || solver.m_syncVisits.rows() != routing.rows())
        return failure(TrafficStatus::InvalidGraph,
                       {"the calls per operation multiply traffic beyond what can be represented"});
    solver.m_routing = routing;
    solver.m_viaAsyncVisits = (solver.m_visits - solver.m_syncVisits).cwiseMax(0.0);
    for (std::size_t k = 0; k < graph.edges.size(); ++k) {
        const RoutingEdge& e = graph.edges[k];
        if (e.async)
            solver.m_asyncEdges.push_back({int(k), e.from, e.callsPerOperation * (1.0 - hitRatioOf(graph, e.from))});
    }
    return setup;
}

Eigen::VectorXd TrafficSolver::solve(const Eigen::VectorXd& external) const
{
    if (external.size() != m_visits.cols())
        return Eigen::VectorXd();
    return m_visits * external;
}

Eigen::MatrixXd TrafficSolver::solveEach(const Eigen::MatrixXd& externals) const
{
    if (externals.rows() != m_visits.cols())
        return Eigen::MatrixXd();
    return m_visits * externals;
}

DesignLoad TrafficSolver::designLoad(const Eigen::VectorXd& peakExternal, const Eigen::VectorXd& averageExternal) const
{
    DesignLoad load;
    if (peakExternal.size() != m_visits.cols() || averageExternal.size() != m_visits.cols())
        return load;
    load.peak = m_visits * peakExternal;
    load.average = m_visits * averageExternal;
    load.design = m_syncVisits * peakExternal + m_viaAsyncVisits * averageExternal;
    for (const AsyncEdge& e : m_asyncEdges)
        load.asyncInflows.push_back({e.edge, load.peak(e.from) * e.routing, load.average(e.from) * e.routing});
    return load;
}

} // namespace headroom::engine
