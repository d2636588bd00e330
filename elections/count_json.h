// A count's result sheet as one JSON document: what `partnership count --json` prints and what
// the server publishes for an election, so a recount of the published ballot file can be
// compared with the published result byte for byte.
#ifndef PARTNERSHIP_ELECTIONS_COUNT_JSON_H_
#define PARTNERSHIP_ELECTIONS_COUNT_JSON_H_

#include <string>

#include "elections/count_result.h"

namespace partnership::elections {

// One JSON document (ends with a newline). Field names are lowerCamelCase and always present;
// vote figures are exact decimal strings with five decimal places ("1381.00000") so no reader
// rounds them; candidates are numbered from 1, as in the BLT file.
std::string CountJson(const CountResult& result);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_COUNT_JSON_H_
