// Work shared between the calling thread and one helper: the machine the scheduler is
// sized for has two cores.
#ifndef PARTNERSHIP_SCHEDULER_TWO_THREADS_H_
#define PARTNERSHIP_SCHEDULER_TWO_THREADS_H_

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace partnership::scheduler::internal {

// Calls work(i) once for each i of `order`, in that order, on the calling thread and one
// helper, each taking the next i when it has finished its last; returns when all are done.
// `work` may write only what belongs to its own i, so the results do not depend on which
// thread ran which i. Put the longest first, so that the two finish together.
template <typename Work>
void ForEachOnTwoThreads(const std::vector<size_t>& order, Work work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t k; (k = next++) < order.size();) work(order[k]);
  };
  std::thread helper(run);
  run();
  helper.join();
}

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_TWO_THREADS_H_
