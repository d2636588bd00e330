// Name lists the demo county draws from: people's names and the words that make up its
// fictional school and trust names.
//
// School names are "<place> <word> ..." so that, although the places are real, the schools
// are recognisably made up: no list here holds a real school's name.
#ifndef PARTNERSHIP_DEMO_NAMES_H_
#define PARTNERSHIP_DEMO_NAMES_H_

#include <string>
#include <vector>

namespace partnership::demo {

// Common British given names (mixed) and family names. Family names may hold an apostrophe
// or a hyphen ("O'Neill"), as real registers do.
const std::vector<std::string>& GivenNames();
const std::vector<std::string>& FamilyNames();

// Words between the place and the kind of school: "Brookside" in "Uley Brookside CofE
// Primary School". Each list is long enough that the busiest place never runs out.
const std::vector<std::string>& PrimaryNameWords();
const std::vector<std::string>& SecondaryNameWords();
const std::vector<std::string>& SpecialNameWords();

// Multi-academy trusts that take church academies from the whole county.
inline constexpr char kChurchOfEnglandTrust[] = "St Kyneburgh Church Schools Trust";
inline constexpr char kCatholicTrust[] = "Our Lady of the Severn Catholic Academy Trust";

}  // namespace partnership::demo

#endif  // PARTNERSHIP_DEMO_NAMES_H_
