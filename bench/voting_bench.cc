// How fast member schools can vote: N schools (default 300) cast their ballots at once, each
// from its own gRPC channel and thread, against partnershipd running in this process on a
// fresh database, for R elections in a row. Prints ballots per second and the latency
// percentiles, and checks every ballot was stored exactly once.
//
//   voting_bench [SCHOOLS] [ROUNDS]
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/strings/str_cat.h"
#include "access/principal.h"
#include "access/token_authority.h"
#include "elections/board_elections.h"
#include "membership/agreements.h"
#include "membership/membership_register.h"
#include "partnership/v1/elections.grpc.pb.h"
#include "registry/people_register.h"
#include "registry/school_register.h"
#include "server/partnership_server.h"
#include "storage/database.h"

namespace partnership {
namespace {

using Clock = std::chrono::steady_clock;

// Releases all `count` threads once the last of them arrives; reusable (C++17 has no
// std::barrier).
class Barrier {
 public:
  explicit Barrier(int count) : count_(count) {}
  void arrive_and_wait() {
    std::unique_lock<std::mutex> lock(mu_);
    const long generation = generation_;
    if (++arrived_ == count_) {
      arrived_ = 0;
      ++generation_;
      cv_.notify_all();
      return;
    }
    cv_.wait(lock, [&] { return generation_ != generation; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  const int count_;
  int arrived_ = 0;
  long generation_ = 0;
};

void Check(const absl::Status& s, const char* what) {
  if (!s.ok()) {
    std::fprintf(stderr, "voting_bench: %s: %s\n", what, std::string(s.message()).c_str());
    std::exit(1);
  }
}

// Builds the county on `path`: `n` open schools with a head each, all active members for
// 2026-27, a SCHOOL token each (secrets returned), and `rounds` elections open for voting.
std::vector<std::string> PrepareCounty(const std::string& path, int n, int rounds,
                                       std::vector<std::string>* election_ids) {
  auto db = storage::Database::Open(path);
  Check(db.status(), "opening the database");
  const access::Principal coordinator = access::ServerPrincipal();
  std::vector<registry::School> schools;
  std::vector<registry::Person> people;
  for (int i = 0; i < n; ++i) {
    registry::School s;
    s.urn = absl::StrCat(800000 + i);
    s.name = absl::StrCat("Bench School ", i);
    s.la_code = "916";
    s.la_name = "Gloucestershire";
    s.phase = i % 5 == 0 ? registry::Phase::kSecondary : registry::Phase::kPrimary;
    s.status = registry::SchoolStatus::kOpen;
    schools.push_back(s);
    registry::Person head;
    head.school_urn = s.urn;
    head.role = registry::PersonRole::kHeadteacher;
    head.given_name = "Head";
    head.family_name = absl::StrCat("Number", i);
    head.email = absl::StrCat("head", i, "@bench.sch.uk");
    people.push_back(head);
  }
  registry::SchoolRegister school_register(**db);
  Check(school_register.LoadCounty(coordinator, schools, people), "loading the county");
  registry::PeopleRegister people_register(**db);
  registry::PeopleFilter filter;
  filter.role = registry::PersonRole::kHeadteacher;
  filter.page_size = 1000;
  std::vector<registry::Person> heads;
  do {
    auto page = people_register.List(coordinator, filter);
    Check(page.status(), "listing heads");
    heads.insert(heads.end(), page->people.begin(), page->people.end());
    filter.page_token = page->next_page_token;
  } while (!filter.page_token.empty());
  membership::Agreements agreements(**db);
  access::TokenAuthority tokens(**db);
  std::vector<std::string> secrets;
  for (const registry::Person& head : heads) {
    membership::Application app{head.school_urn, "2026-27", 0, "2026-06-01"};
    auto a = agreements.Apply(coordinator, app);
    Check(a.status(), "applying");
    const std::string id = absl::StrCat(a->id);
    Check(agreements.RecordGoverningBodyApproval(coordinator, id, "2026-06-20", "FGB 1").status(),
          "approving");
    Check(agreements.Sign(coordinator, id, absl::StrCat(head.id), "2026-07-01").status(),
          "signing");
    access::Token spec;
    spec.role = access::AccessRole::kSchool;
    spec.school_urn = head.school_urn;
    spec.label = "bench";
    auto issued = tokens.Create(coordinator, spec);
    Check(issued.status(), "issuing a token");
    secrets.push_back(issued->secret);
  }
  membership::MembershipRegister members(**db);
  elections::BoardElections board_elections(**db, members);
  for (int r = 0; r < rounds; ++r) {
    elections::NewElection spec;
    spec.title = absl::StrCat("Bench election ", r + 1);
    spec.method = elections::CountMethod::kScottishStv;
    spec.seats = 2;
    spec.constituency = elections::Constituency::kAllMembers;
    auto e = board_elections.Create(coordinator, spec);
    Check(e.status(), "creating an election");
    const std::string id = absl::StrCat(e->id);
    Check(board_elections.OpenNominations(coordinator, id).status(), "opening nominations");
    for (int c = 0; c < 4; ++c) {
      Check(board_elections.Nominate(coordinator, id, absl::StrCat(heads[c * 7].id)).status(),
            "nominating");
    }
    Check(board_elections.OpenVoting(coordinator, id, "").status(), "opening voting");
    election_ids->push_back(id);
  }
  return secrets;
}

long PeakRssMiB() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

int Main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 300;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 10;
  if (n < 8 || rounds < 1) {
    std::fprintf(stderr, "usage: voting_bench [SCHOOLS >= 8] [ROUNDS >= 1]\n");
    return 2;
  }
  char dir_template[] = "/tmp/voting-bench.XXXXXX";
  const std::string dir = mkdtemp(dir_template);
  const std::string path = dir + "/p.db";
  std::vector<std::string> election_ids;
  std::printf("preparing %d member schools and %d elections...\n", n, rounds);
  std::vector<std::string> secrets = PrepareCounty(path, n, rounds, &election_ids);

  server::ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.db_path = path;
  options.log_rpcs = false;
  auto server = server::PartnershipServer::Start(options);
  Check(server.status(), "starting the server");
  const std::string address = absl::StrCat("127.0.0.1:", (*server)->port());

  std::vector<std::vector<double>> latency_ms(n);
  std::vector<int> failures(n, 0);
  Barrier start(n + 1);
  Barrier done(n + 1);
  std::vector<std::thread> voters;
  for (int i = 0; i < n; ++i) {
    voters.emplace_back([&, i] {
      grpc::ChannelArguments args;
      args.SetInt("partnership.voter", i);  // a channel (connection) of its own
      auto channel =
          grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
      auto stub = v1::ElectionService::NewStub(channel);
      channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10));
      for (int r = 0; r < rounds; ++r) {
        v1::CastBallotRequest req;
        req.set_id(election_ids[r]);
        for (int k = 0; k < 4; ++k) {
          v1::Preference* p = req.add_preferences();
          p->set_candidate(1 + (i + k + r) % 4);
          p->set_rank(k + 1);
        }
        start.arrive_and_wait();
        grpc::ClientContext ctx;
        ctx.AddMetadata("authorization", "Bearer " + secrets[i]);
        v1::CastBallotResponse resp;
        const auto t0 = Clock::now();
        grpc::Status s = stub->CastBallot(&ctx, req, &resp);
        latency_ms[i].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!s.ok()) ++failures[i];
        done.arrive_and_wait();
      }
    });
  }
  double total_seconds = 0;
  for (int r = 0; r < rounds; ++r) {
    start.arrive_and_wait();
    const auto t0 = Clock::now();
    done.arrive_and_wait();
    total_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
  }
  for (std::thread& t : voters) t.join();

  // Every ballot stored exactly once.
  auto channel = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  auto stub = v1::ElectionService::NewStub(channel);
  int stored = 0;
  for (const std::string& id : election_ids) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + secrets[0]);
    v1::GetElectionRequest get;
    get.set_id(id);
    v1::Election e;
    if (stub->GetElection(&ctx, get, &e).ok()) stored += e.ballots_cast();
  }
  std::vector<double> all;
  int failed = 0;
  for (int i = 0; i < n; ++i) {
    all.insert(all.end(), latency_ms[i].begin(), latency_ms[i].end());
    failed += failures[i];
  }
  std::sort(all.begin(), all.end());
  auto pct = [&](double p) { return all[std::min(all.size() - 1, size_t(p * all.size()))]; };
  const int ballots = n * rounds;
  std::printf("schools voting at once  %d (one gRPC channel and thread each)\n", n);
  std::printf("elections               %d (Scottish STV, 2 seats, 4 candidates)\n", rounds);
  std::printf("ballots acknowledged    %d of %d (failed: %d)\n", ballots - failed, ballots,
              failed);
  std::printf("ballots stored          %d %s\n", stored,
              stored == ballots - failed ? "(each exactly once)" : "(MISMATCH)");
  std::printf("time voting             %.3f s\n", total_seconds);
  std::printf("ballots per second      %.0f\n", ballots / total_seconds);
  std::printf("latency p50             %.2f ms\n", pct(0.50));
  std::printf("latency p99             %.2f ms\n", pct(0.99));
  std::printf("latency max             %.2f ms\n", all.back());
  std::printf("peak RSS                %ld MiB\n", PeakRssMiB());
  (*server)->Shutdown(absl::Seconds(1));
  std::system(absl::StrCat("rm -rf ", dir).c_str());
  return stored == ballots - failed && failed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace partnership

int main(int argc, char** argv) { return partnership::Main(argc, argv); }
