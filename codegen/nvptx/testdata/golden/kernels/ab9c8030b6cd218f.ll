define ptx_kernel void @$K(float* %q, float* %k, float* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%1 = mul i32 %0, 128
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = add i32 %1, %2
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%5 = icmp slt i32 %3, %M
	br i1 %5, label %body, label %exit

body:
	%6 = sdiv i32 %4, %group
	%7 = mul i32 %4, %M
	%8 = add i32 %7, %3
	%9 = mul i32 %8, 32
	%10 = getelementptr float, float* %q, i32 %9
	%11 = mul i32 %4, %M
	%12 = add i32 %11, %3
	%13 = mul i32 %12, 48
	%14 = getelementptr float, float* %out, i32 %13
	%15 = mul i32 %6, %N
	%16 = mul i32 %15, 32
	%17 = getelementptr float, float* %k, i32 %16
	%18 = mul i32 %6, %N
	%19 = mul i32 %18, 48
	%20 = getelementptr float, float* %v, i32 %19
	%21 = getelementptr float, float* %10, i32 0
	%22 = load float, float* %21
	%23 = getelementptr float, float* %10, i32 1
	%24 = load float, float* %23
	%25 = getelementptr float, float* %10, i32 2
	%26 = load float, float* %25
	%27 = getelementptr float, float* %10, i32 3
	%28 = load float, float* %27
	%29 = getelementptr float, float* %10, i32 4
	%30 = load float, float* %29
	%31 = getelementptr float, float* %10, i32 5
	%32 = load float, float* %31
	%33 = getelementptr float, float* %10, i32 6
	%34 = load float, float* %33
	%35 = getelementptr float, float* %10, i32 7
	%36 = load float, float* %35
	%37 = getelementptr float, float* %10, i32 8
	%38 = load float, float* %37
	%39 = getelementptr float, float* %10, i32 9
	%40 = load float, float* %39
	%41 = getelementptr float, float* %10, i32 10
	%42 = load float, float* %41
	%43 = getelementptr float, float* %10, i32 11
	%44 = load float, float* %43
	%45 = getelementptr float, float* %10, i32 12
	%46 = load float, float* %45
	%47 = getelementptr float, float* %10, i32 13
	%48 = load float, float* %47
	%49 = getelementptr float, float* %10, i32 14
	%50 = load float, float* %49
	%51 = getelementptr float, float* %10, i32 15
	%52 = load float, float* %51
	%53 = getelementptr float, float* %10, i32 16
	%54 = load float, float* %53
	%55 = getelementptr float, float* %10, i32 17
	%56 = load float, float* %55
	%57 = getelementptr float, float* %10, i32 18
	%58 = load float, float* %57
	%59 = getelementptr float, float* %10, i32 19
	%60 = load float, float* %59
	%61 = getelementptr float, float* %10, i32 20
	%62 = load float, float* %61
	%63 = getelementptr float, float* %10, i32 21
	%64 = load float, float* %63
	%65 = getelementptr float, float* %10, i32 22
	%66 = load float, float* %65
	%67 = getelementptr float, float* %10, i32 23
	%68 = load float, float* %67
	%69 = getelementptr float, float* %10, i32 24
	%70 = load float, float* %69
	%71 = getelementptr float, float* %10, i32 25
	%72 = load float, float* %71
	%73 = getelementptr float, float* %10, i32 26
	%74 = load float, float* %73
	%75 = getelementptr float, float* %10, i32 27
	%76 = load float, float* %75
	%77 = getelementptr float, float* %10, i32 28
	%78 = load float, float* %77
	%79 = getelementptr float, float* %10, i32 29
	%80 = load float, float* %79
	%81 = getelementptr float, float* %10, i32 30
	%82 = load float, float* %81
	%83 = getelementptr float, float* %10, i32 31
	%84 = load float, float* %83
	%85 = alloca [48 x float]
	%86 = alloca float
	%87 = alloca float
	%88 = alloca i32
	%89 = alloca i32
	%90 = alloca i32
	%91 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 0
	store float 0.0, float* %91
	%92 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 1
	store float 0.0, float* %92
	%93 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 2
	store float 0.0, float* %93
	%94 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 3
	store float 0.0, float* %94
	%95 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 4
	store float 0.0, float* %95
	%96 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 5
	store float 0.0, float* %96
	%97 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 6
	store float 0.0, float* %97
	%98 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 7
	store float 0.0, float* %98
	%99 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 8
	store float 0.0, float* %99
	%100 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 9
	store float 0.0, float* %100
	%101 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 10
	store float 0.0, float* %101
	%102 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 11
	store float 0.0, float* %102
	%103 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 12
	store float 0.0, float* %103
	%104 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 13
	store float 0.0, float* %104
	%105 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 14
	store float 0.0, float* %105
	%106 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 15
	store float 0.0, float* %106
	%107 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 16
	store float 0.0, float* %107
	%108 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 17
	store float 0.0, float* %108
	%109 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 18
	store float 0.0, float* %109
	%110 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 19
	store float 0.0, float* %110
	%111 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 20
	store float 0.0, float* %111
	%112 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 21
	store float 0.0, float* %112
	%113 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 22
	store float 0.0, float* %113
	%114 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 23
	store float 0.0, float* %114
	%115 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 24
	store float 0.0, float* %115
	%116 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 25
	store float 0.0, float* %116
	%117 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 26
	store float 0.0, float* %117
	%118 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 27
	store float 0.0, float* %118
	%119 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 28
	store float 0.0, float* %119
	%120 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 29
	store float 0.0, float* %120
	%121 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 30
	store float 0.0, float* %121
	%122 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 31
	store float 0.0, float* %122
	%123 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 32
	store float 0.0, float* %123
	%124 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 33
	store float 0.0, float* %124
	%125 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 34
	store float 0.0, float* %125
	%126 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 35
	store float 0.0, float* %126
	%127 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 36
	store float 0.0, float* %127
	%128 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 37
	store float 0.0, float* %128
	%129 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 38
	store float 0.0, float* %129
	%130 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 39
	store float 0.0, float* %130
	%131 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 40
	store float 0.0, float* %131
	%132 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 41
	store float 0.0, float* %132
	%133 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 42
	store float 0.0, float* %133
	%134 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 43
	store float 0.0, float* %134
	%135 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 44
	store float 0.0, float* %135
	%136 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 45
	store float 0.0, float* %136
	%137 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 46
	store float 0.0, float* %137
	%138 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 47
	store float 0.0, float* %138
	store float 0xFFF0000000000000, float* %86
	store float 0.0, float* %87
	%139 = sitofp i32 %3 to float
	%140 = sitofp i32 %4 to float
	%141 = sdiv i32 %3, 64
	store i32 0, i32* %88
	store i32 %N, i32* %89
	br label %loop

exit:
	ret void

loop:
	%142 = load i32, i32* %88
	%143 = load i32, i32* %89
	%144 = icmp slt i32 %142, %143
	br i1 %144, label %work, label %done

work:
	%145 = sitofp i32 %142 to float
	br label %compute

next:
	%146 = load i32, i32* %88
	%147 = add i32 %146, 1
	store i32 %147, i32* %88
	br label %loop

done:
	%148 = load float, float* %87
	%149 = fcmp ogt float %148, 0.0
	%150 = fdiv float 1.0, %148
	%151 = select i1 %149, float %150, float 0.0
	%152 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 0
	%153 = load float, float* %152
	%154 = fmul float %153, %151
	%155 = getelementptr float, float* %14, i32 0
	store float %154, float* %155
	%156 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 1
	%157 = load float, float* %156
	%158 = fmul float %157, %151
	%159 = getelementptr float, float* %14, i32 1
	store float %158, float* %159
	%160 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 2
	%161 = load float, float* %160
	%162 = fmul float %161, %151
	%163 = getelementptr float, float* %14, i32 2
	store float %162, float* %163
	%164 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 3
	%165 = load float, float* %164
	%166 = fmul float %165, %151
	%167 = getelementptr float, float* %14, i32 3
	store float %166, float* %167
	%168 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 4
	%169 = load float, float* %168
	%170 = fmul float %169, %151
	%171 = getelementptr float, float* %14, i32 4
	store float %170, float* %171
	%172 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 5
	%173 = load float, float* %172
	%174 = fmul float %173, %151
	%175 = getelementptr float, float* %14, i32 5
	store float %174, float* %175
	%176 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 6
	%177 = load float, float* %176
	%178 = fmul float %177, %151
	%179 = getelementptr float, float* %14, i32 6
	store float %178, float* %179
	%180 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 7
	%181 = load float, float* %180
	%182 = fmul float %181, %151
	%183 = getelementptr float, float* %14, i32 7
	store float %182, float* %183
	%184 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 8
	%185 = load float, float* %184
	%186 = fmul float %185, %151
	%187 = getelementptr float, float* %14, i32 8
	store float %186, float* %187
	%188 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 9
	%189 = load float, float* %188
	%190 = fmul float %189, %151
	%191 = getelementptr float, float* %14, i32 9
	store float %190, float* %191
	%192 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 10
	%193 = load float, float* %192
	%194 = fmul float %193, %151
	%195 = getelementptr float, float* %14, i32 10
	store float %194, float* %195
	%196 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 11
	%197 = load float, float* %196
	%198 = fmul float %197, %151
	%199 = getelementptr float, float* %14, i32 11
	store float %198, float* %199
	%200 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 12
	%201 = load float, float* %200
	%202 = fmul float %201, %151
	%203 = getelementptr float, float* %14, i32 12
	store float %202, float* %203
	%204 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 13
	%205 = load float, float* %204
	%206 = fmul float %205, %151
	%207 = getelementptr float, float* %14, i32 13
	store float %206, float* %207
	%208 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 14
	%209 = load float, float* %208
	%210 = fmul float %209, %151
	%211 = getelementptr float, float* %14, i32 14
	store float %210, float* %211
	%212 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 15
	%213 = load float, float* %212
	%214 = fmul float %213, %151
	%215 = getelementptr float, float* %14, i32 15
	store float %214, float* %215
	%216 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 16
	%217 = load float, float* %216
	%218 = fmul float %217, %151
	%219 = getelementptr float, float* %14, i32 16
	store float %218, float* %219
	%220 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 17
	%221 = load float, float* %220
	%222 = fmul float %221, %151
	%223 = getelementptr float, float* %14, i32 17
	store float %222, float* %223
	%224 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 18
	%225 = load float, float* %224
	%226 = fmul float %225, %151
	%227 = getelementptr float, float* %14, i32 18
	store float %226, float* %227
	%228 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 19
	%229 = load float, float* %228
	%230 = fmul float %229, %151
	%231 = getelementptr float, float* %14, i32 19
	store float %230, float* %231
	%232 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 20
	%233 = load float, float* %232
	%234 = fmul float %233, %151
	%235 = getelementptr float, float* %14, i32 20
	store float %234, float* %235
	%236 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 21
	%237 = load float, float* %236
	%238 = fmul float %237, %151
	%239 = getelementptr float, float* %14, i32 21
	store float %238, float* %239
	%240 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 22
	%241 = load float, float* %240
	%242 = fmul float %241, %151
	%243 = getelementptr float, float* %14, i32 22
	store float %242, float* %243
	%244 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 23
	%245 = load float, float* %244
	%246 = fmul float %245, %151
	%247 = getelementptr float, float* %14, i32 23
	store float %246, float* %247
	%248 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 24
	%249 = load float, float* %248
	%250 = fmul float %249, %151
	%251 = getelementptr float, float* %14, i32 24
	store float %250, float* %251
	%252 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 25
	%253 = load float, float* %252
	%254 = fmul float %253, %151
	%255 = getelementptr float, float* %14, i32 25
	store float %254, float* %255
	%256 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 26
	%257 = load float, float* %256
	%258 = fmul float %257, %151
	%259 = getelementptr float, float* %14, i32 26
	store float %258, float* %259
	%260 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 27
	%261 = load float, float* %260
	%262 = fmul float %261, %151
	%263 = getelementptr float, float* %14, i32 27
	store float %262, float* %263
	%264 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 28
	%265 = load float, float* %264
	%266 = fmul float %265, %151
	%267 = getelementptr float, float* %14, i32 28
	store float %266, float* %267
	%268 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 29
	%269 = load float, float* %268
	%270 = fmul float %269, %151
	%271 = getelementptr float, float* %14, i32 29
	store float %270, float* %271
	%272 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 30
	%273 = load float, float* %272
	%274 = fmul float %273, %151
	%275 = getelementptr float, float* %14, i32 30
	store float %274, float* %275
	%276 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 31
	%277 = load float, float* %276
	%278 = fmul float %277, %151
	%279 = getelementptr float, float* %14, i32 31
	store float %278, float* %279
	%280 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 32
	%281 = load float, float* %280
	%282 = fmul float %281, %151
	%283 = getelementptr float, float* %14, i32 32
	store float %282, float* %283
	%284 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 33
	%285 = load float, float* %284
	%286 = fmul float %285, %151
	%287 = getelementptr float, float* %14, i32 33
	store float %286, float* %287
	%288 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 34
	%289 = load float, float* %288
	%290 = fmul float %289, %151
	%291 = getelementptr float, float* %14, i32 34
	store float %290, float* %291
	%292 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 35
	%293 = load float, float* %292
	%294 = fmul float %293, %151
	%295 = getelementptr float, float* %14, i32 35
	store float %294, float* %295
	%296 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 36
	%297 = load float, float* %296
	%298 = fmul float %297, %151
	%299 = getelementptr float, float* %14, i32 36
	store float %298, float* %299
	%300 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 37
	%301 = load float, float* %300
	%302 = fmul float %301, %151
	%303 = getelementptr float, float* %14, i32 37
	store float %302, float* %303
	%304 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 38
	%305 = load float, float* %304
	%306 = fmul float %305, %151
	%307 = getelementptr float, float* %14, i32 38
	store float %306, float* %307
	%308 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 39
	%309 = load float, float* %308
	%310 = fmul float %309, %151
	%311 = getelementptr float, float* %14, i32 39
	store float %310, float* %311
	%312 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 40
	%313 = load float, float* %312
	%314 = fmul float %313, %151
	%315 = getelementptr float, float* %14, i32 40
	store float %314, float* %315
	%316 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 41
	%317 = load float, float* %316
	%318 = fmul float %317, %151
	%319 = getelementptr float, float* %14, i32 41
	store float %318, float* %319
	%320 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 42
	%321 = load float, float* %320
	%322 = fmul float %321, %151
	%323 = getelementptr float, float* %14, i32 42
	store float %322, float* %323
	%324 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 43
	%325 = load float, float* %324
	%326 = fmul float %325, %151
	%327 = getelementptr float, float* %14, i32 43
	store float %326, float* %327
	%328 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 44
	%329 = load float, float* %328
	%330 = fmul float %329, %151
	%331 = getelementptr float, float* %14, i32 44
	store float %330, float* %331
	%332 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 45
	%333 = load float, float* %332
	%334 = fmul float %333, %151
	%335 = getelementptr float, float* %14, i32 45
	store float %334, float* %335
	%336 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 46
	%337 = load float, float* %336
	%338 = fmul float %337, %151
	%339 = getelementptr float, float* %14, i32 46
	store float %338, float* %339
	%340 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 47
	%341 = load float, float* %340
	%342 = fmul float %341, %151
	%343 = getelementptr float, float* %14, i32 47
	store float %342, float* %343
	ret void

compute:
	%344 = mul i32 %142, 32
	%345 = getelementptr float, float* %17, i32 %344
	%346 = getelementptr float, float* %345, i32 0
	%347 = load float, float* %346
	%348 = fmul float %22, %347
	%349 = fadd float 0.0, %348
	%350 = getelementptr float, float* %345, i32 1
	%351 = load float, float* %350
	%352 = fmul float %24, %351
	%353 = fadd float %349, %352
	%354 = getelementptr float, float* %345, i32 2
	%355 = load float, float* %354
	%356 = fmul float %26, %355
	%357 = fadd float %353, %356
	%358 = getelementptr float, float* %345, i32 3
	%359 = load float, float* %358
	%360 = fmul float %28, %359
	%361 = fadd float %357, %360
	%362 = getelementptr float, float* %345, i32 4
	%363 = load float, float* %362
	%364 = fmul float %30, %363
	%365 = fadd float %361, %364
	%366 = getelementptr float, float* %345, i32 5
	%367 = load float, float* %366
	%368 = fmul float %32, %367
	%369 = fadd float %365, %368
	%370 = getelementptr float, float* %345, i32 6
	%371 = load float, float* %370
	%372 = fmul float %34, %371
	%373 = fadd float %369, %372
	%374 = getelementptr float, float* %345, i32 7
	%375 = load float, float* %374
	%376 = fmul float %36, %375
	%377 = fadd float %373, %376
	%378 = getelementptr float, float* %345, i32 8
	%379 = load float, float* %378
	%380 = fmul float %38, %379
	%381 = fadd float %377, %380
	%382 = getelementptr float, float* %345, i32 9
	%383 = load float, float* %382
	%384 = fmul float %40, %383
	%385 = fadd float %381, %384
	%386 = getelementptr float, float* %345, i32 10
	%387 = load float, float* %386
	%388 = fmul float %42, %387
	%389 = fadd float %385, %388
	%390 = getelementptr float, float* %345, i32 11
	%391 = load float, float* %390
	%392 = fmul float %44, %391
	%393 = fadd float %389, %392
	%394 = getelementptr float, float* %345, i32 12
	%395 = load float, float* %394
	%396 = fmul float %46, %395
	%397 = fadd float %393, %396
	%398 = getelementptr float, float* %345, i32 13
	%399 = load float, float* %398
	%400 = fmul float %48, %399
	%401 = fadd float %397, %400
	%402 = getelementptr float, float* %345, i32 14
	%403 = load float, float* %402
	%404 = fmul float %50, %403
	%405 = fadd float %401, %404
	%406 = getelementptr float, float* %345, i32 15
	%407 = load float, float* %406
	%408 = fmul float %52, %407
	%409 = fadd float %405, %408
	%410 = getelementptr float, float* %345, i32 16
	%411 = load float, float* %410
	%412 = fmul float %54, %411
	%413 = fadd float %409, %412
	%414 = getelementptr float, float* %345, i32 17
	%415 = load float, float* %414
	%416 = fmul float %56, %415
	%417 = fadd float %413, %416
	%418 = getelementptr float, float* %345, i32 18
	%419 = load float, float* %418
	%420 = fmul float %58, %419
	%421 = fadd float %417, %420
	%422 = getelementptr float, float* %345, i32 19
	%423 = load float, float* %422
	%424 = fmul float %60, %423
	%425 = fadd float %421, %424
	%426 = getelementptr float, float* %345, i32 20
	%427 = load float, float* %426
	%428 = fmul float %62, %427
	%429 = fadd float %425, %428
	%430 = getelementptr float, float* %345, i32 21
	%431 = load float, float* %430
	%432 = fmul float %64, %431
	%433 = fadd float %429, %432
	%434 = getelementptr float, float* %345, i32 22
	%435 = load float, float* %434
	%436 = fmul float %66, %435
	%437 = fadd float %433, %436
	%438 = getelementptr float, float* %345, i32 23
	%439 = load float, float* %438
	%440 = fmul float %68, %439
	%441 = fadd float %437, %440
	%442 = getelementptr float, float* %345, i32 24
	%443 = load float, float* %442
	%444 = fmul float %70, %443
	%445 = fadd float %441, %444
	%446 = getelementptr float, float* %345, i32 25
	%447 = load float, float* %446
	%448 = fmul float %72, %447
	%449 = fadd float %445, %448
	%450 = getelementptr float, float* %345, i32 26
	%451 = load float, float* %450
	%452 = fmul float %74, %451
	%453 = fadd float %449, %452
	%454 = getelementptr float, float* %345, i32 27
	%455 = load float, float* %454
	%456 = fmul float %76, %455
	%457 = fadd float %453, %456
	%458 = getelementptr float, float* %345, i32 28
	%459 = load float, float* %458
	%460 = fmul float %78, %459
	%461 = fadd float %457, %460
	%462 = getelementptr float, float* %345, i32 29
	%463 = load float, float* %462
	%464 = fmul float %80, %463
	%465 = fadd float %461, %464
	%466 = getelementptr float, float* %345, i32 30
	%467 = load float, float* %466
	%468 = fmul float %82, %467
	%469 = fadd float %465, %468
	%470 = getelementptr float, float* %345, i32 31
	%471 = load float, float* %470
	%472 = fmul float %84, %471
	%473 = fadd float %469, %472
	%474 = fmul float %473, 0x3FC6A09E60000000
	%475 = load float, float* %86
	%476 = fcmp ogt float %474, %475
	%477 = select i1 %476, float %474, float %475
	%478 = fsub float %475, %477
	%479 = fmul float %478, 0x3FF7154760000000
	%480 = call float @llvm.nvvm.ex2.approx.f(float %479)
	%481 = fsub float %474, %477
	%482 = fmul float %481, 0x3FF7154760000000
	%483 = call float @llvm.nvvm.ex2.approx.f(float %482)
	store float %477, float* %86
	%484 = load float, float* %87
	%485 = fmul float %484, %480
	%486 = fadd float %485, %483
	store float %486, float* %87
	%487 = mul i32 %142, 48
	%488 = getelementptr float, float* %20, i32 %487
	%489 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 0
	%490 = getelementptr float, float* %488, i32 0
	%491 = load float, float* %490
	%492 = load float, float* %489
	%493 = fmul float %492, %480
	%494 = fmul float %483, %491
	%495 = fadd float %493, %494
	store float %495, float* %489
	%496 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 1
	%497 = getelementptr float, float* %488, i32 1
	%498 = load float, float* %497
	%499 = load float, float* %496
	%500 = fmul float %499, %480
	%501 = fmul float %483, %498
	%502 = fadd float %500, %501
	store float %502, float* %496
	%503 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 2
	%504 = getelementptr float, float* %488, i32 2
	%505 = load float, float* %504
	%506 = load float, float* %503
	%507 = fmul float %506, %480
	%508 = fmul float %483, %505
	%509 = fadd float %507, %508
	store float %509, float* %503
	%510 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 3
	%511 = getelementptr float, float* %488, i32 3
	%512 = load float, float* %511
	%513 = load float, float* %510
	%514 = fmul float %513, %480
	%515 = fmul float %483, %512
	%516 = fadd float %514, %515
	store float %516, float* %510
	%517 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 4
	%518 = getelementptr float, float* %488, i32 4
	%519 = load float, float* %518
	%520 = load float, float* %517
	%521 = fmul float %520, %480
	%522 = fmul float %483, %519
	%523 = fadd float %521, %522
	store float %523, float* %517
	%524 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 5
	%525 = getelementptr float, float* %488, i32 5
	%526 = load float, float* %525
	%527 = load float, float* %524
	%528 = fmul float %527, %480
	%529 = fmul float %483, %526
	%530 = fadd float %528, %529
	store float %530, float* %524
	%531 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 6
	%532 = getelementptr float, float* %488, i32 6
	%533 = load float, float* %532
	%534 = load float, float* %531
	%535 = fmul float %534, %480
	%536 = fmul float %483, %533
	%537 = fadd float %535, %536
	store float %537, float* %531
	%538 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 7
	%539 = getelementptr float, float* %488, i32 7
	%540 = load float, float* %539
	%541 = load float, float* %538
	%542 = fmul float %541, %480
	%543 = fmul float %483, %540
	%544 = fadd float %542, %543
	store float %544, float* %538
	%545 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 8
	%546 = getelementptr float, float* %488, i32 8
	%547 = load float, float* %546
	%548 = load float, float* %545
	%549 = fmul float %548, %480
	%550 = fmul float %483, %547
	%551 = fadd float %549, %550
	store float %551, float* %545
	%552 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 9
	%553 = getelementptr float, float* %488, i32 9
	%554 = load float, float* %553
	%555 = load float, float* %552
	%556 = fmul float %555, %480
	%557 = fmul float %483, %554
	%558 = fadd float %556, %557
	store float %558, float* %552
	%559 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 10
	%560 = getelementptr float, float* %488, i32 10
	%561 = load float, float* %560
	%562 = load float, float* %559
	%563 = fmul float %562, %480
	%564 = fmul float %483, %561
	%565 = fadd float %563, %564
	store float %565, float* %559
	%566 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 11
	%567 = getelementptr float, float* %488, i32 11
	%568 = load float, float* %567
	%569 = load float, float* %566
	%570 = fmul float %569, %480
	%571 = fmul float %483, %568
	%572 = fadd float %570, %571
	store float %572, float* %566
	%573 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 12
	%574 = getelementptr float, float* %488, i32 12
	%575 = load float, float* %574
	%576 = load float, float* %573
	%577 = fmul float %576, %480
	%578 = fmul float %483, %575
	%579 = fadd float %577, %578
	store float %579, float* %573
	%580 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 13
	%581 = getelementptr float, float* %488, i32 13
	%582 = load float, float* %581
	%583 = load float, float* %580
	%584 = fmul float %583, %480
	%585 = fmul float %483, %582
	%586 = fadd float %584, %585
	store float %586, float* %580
	%587 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 14
	%588 = getelementptr float, float* %488, i32 14
	%589 = load float, float* %588
	%590 = load float, float* %587
	%591 = fmul float %590, %480
	%592 = fmul float %483, %589
	%593 = fadd float %591, %592
	store float %593, float* %587
	%594 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 15
	%595 = getelementptr float, float* %488, i32 15
	%596 = load float, float* %595
	%597 = load float, float* %594
	%598 = fmul float %597, %480
	%599 = fmul float %483, %596
	%600 = fadd float %598, %599
	store float %600, float* %594
	%601 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 16
	%602 = getelementptr float, float* %488, i32 16
	%603 = load float, float* %602
	%604 = load float, float* %601
	%605 = fmul float %604, %480
	%606 = fmul float %483, %603
	%607 = fadd float %605, %606
	store float %607, float* %601
	%608 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 17
	%609 = getelementptr float, float* %488, i32 17
	%610 = load float, float* %609
	%611 = load float, float* %608
	%612 = fmul float %611, %480
	%613 = fmul float %483, %610
	%614 = fadd float %612, %613
	store float %614, float* %608
	%615 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 18
	%616 = getelementptr float, float* %488, i32 18
	%617 = load float, float* %616
	%618 = load float, float* %615
	%619 = fmul float %618, %480
	%620 = fmul float %483, %617
	%621 = fadd float %619, %620
	store float %621, float* %615
	%622 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 19
	%623 = getelementptr float, float* %488, i32 19
	%624 = load float, float* %623
	%625 = load float, float* %622
	%626 = fmul float %625, %480
	%627 = fmul float %483, %624
	%628 = fadd float %626, %627
	store float %628, float* %622
	%629 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 20
	%630 = getelementptr float, float* %488, i32 20
	%631 = load float, float* %630
	%632 = load float, float* %629
	%633 = fmul float %632, %480
	%634 = fmul float %483, %631
	%635 = fadd float %633, %634
	store float %635, float* %629
	%636 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 21
	%637 = getelementptr float, float* %488, i32 21
	%638 = load float, float* %637
	%639 = load float, float* %636
	%640 = fmul float %639, %480
	%641 = fmul float %483, %638
	%642 = fadd float %640, %641
	store float %642, float* %636
	%643 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 22
	%644 = getelementptr float, float* %488, i32 22
	%645 = load float, float* %644
	%646 = load float, float* %643
	%647 = fmul float %646, %480
	%648 = fmul float %483, %645
	%649 = fadd float %647, %648
	store float %649, float* %643
	%650 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 23
	%651 = getelementptr float, float* %488, i32 23
	%652 = load float, float* %651
	%653 = load float, float* %650
	%654 = fmul float %653, %480
	%655 = fmul float %483, %652
	%656 = fadd float %654, %655
	store float %656, float* %650
	%657 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 24
	%658 = getelementptr float, float* %488, i32 24
	%659 = load float, float* %658
	%660 = load float, float* %657
	%661 = fmul float %660, %480
	%662 = fmul float %483, %659
	%663 = fadd float %661, %662
	store float %663, float* %657
	%664 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 25
	%665 = getelementptr float, float* %488, i32 25
	%666 = load float, float* %665
	%667 = load float, float* %664
	%668 = fmul float %667, %480
	%669 = fmul float %483, %666
	%670 = fadd float %668, %669
	store float %670, float* %664
	%671 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 26
	%672 = getelementptr float, float* %488, i32 26
	%673 = load float, float* %672
	%674 = load float, float* %671
	%675 = fmul float %674, %480
	%676 = fmul float %483, %673
	%677 = fadd float %675, %676
	store float %677, float* %671
	%678 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 27
	%679 = getelementptr float, float* %488, i32 27
	%680 = load float, float* %679
	%681 = load float, float* %678
	%682 = fmul float %681, %480
	%683 = fmul float %483, %680
	%684 = fadd float %682, %683
	store float %684, float* %678
	%685 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 28
	%686 = getelementptr float, float* %488, i32 28
	%687 = load float, float* %686
	%688 = load float, float* %685
	%689 = fmul float %688, %480
	%690 = fmul float %483, %687
	%691 = fadd float %689, %690
	store float %691, float* %685
	%692 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 29
	%693 = getelementptr float, float* %488, i32 29
	%694 = load float, float* %693
	%695 = load float, float* %692
	%696 = fmul float %695, %480
	%697 = fmul float %483, %694
	%698 = fadd float %696, %697
	store float %698, float* %692
	%699 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 30
	%700 = getelementptr float, float* %488, i32 30
	%701 = load float, float* %700
	%702 = load float, float* %699
	%703 = fmul float %702, %480
	%704 = fmul float %483, %701
	%705 = fadd float %703, %704
	store float %705, float* %699
	%706 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 31
	%707 = getelementptr float, float* %488, i32 31
	%708 = load float, float* %707
	%709 = load float, float* %706
	%710 = fmul float %709, %480
	%711 = fmul float %483, %708
	%712 = fadd float %710, %711
	store float %712, float* %706
	%713 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 32
	%714 = getelementptr float, float* %488, i32 32
	%715 = load float, float* %714
	%716 = load float, float* %713
	%717 = fmul float %716, %480
	%718 = fmul float %483, %715
	%719 = fadd float %717, %718
	store float %719, float* %713
	%720 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 33
	%721 = getelementptr float, float* %488, i32 33
	%722 = load float, float* %721
	%723 = load float, float* %720
	%724 = fmul float %723, %480
	%725 = fmul float %483, %722
	%726 = fadd float %724, %725
	store float %726, float* %720
	%727 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 34
	%728 = getelementptr float, float* %488, i32 34
	%729 = load float, float* %728
	%730 = load float, float* %727
	%731 = fmul float %730, %480
	%732 = fmul float %483, %729
	%733 = fadd float %731, %732
	store float %733, float* %727
	%734 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 35
	%735 = getelementptr float, float* %488, i32 35
	%736 = load float, float* %735
	%737 = load float, float* %734
	%738 = fmul float %737, %480
	%739 = fmul float %483, %736
	%740 = fadd float %738, %739
	store float %740, float* %734
	%741 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 36
	%742 = getelementptr float, float* %488, i32 36
	%743 = load float, float* %742
	%744 = load float, float* %741
	%745 = fmul float %744, %480
	%746 = fmul float %483, %743
	%747 = fadd float %745, %746
	store float %747, float* %741
	%748 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 37
	%749 = getelementptr float, float* %488, i32 37
	%750 = load float, float* %749
	%751 = load float, float* %748
	%752 = fmul float %751, %480
	%753 = fmul float %483, %750
	%754 = fadd float %752, %753
	store float %754, float* %748
	%755 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 38
	%756 = getelementptr float, float* %488, i32 38
	%757 = load float, float* %756
	%758 = load float, float* %755
	%759 = fmul float %758, %480
	%760 = fmul float %483, %757
	%761 = fadd float %759, %760
	store float %761, float* %755
	%762 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 39
	%763 = getelementptr float, float* %488, i32 39
	%764 = load float, float* %763
	%765 = load float, float* %762
	%766 = fmul float %765, %480
	%767 = fmul float %483, %764
	%768 = fadd float %766, %767
	store float %768, float* %762
	%769 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 40
	%770 = getelementptr float, float* %488, i32 40
	%771 = load float, float* %770
	%772 = load float, float* %769
	%773 = fmul float %772, %480
	%774 = fmul float %483, %771
	%775 = fadd float %773, %774
	store float %775, float* %769
	%776 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 41
	%777 = getelementptr float, float* %488, i32 41
	%778 = load float, float* %777
	%779 = load float, float* %776
	%780 = fmul float %779, %480
	%781 = fmul float %483, %778
	%782 = fadd float %780, %781
	store float %782, float* %776
	%783 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 42
	%784 = getelementptr float, float* %488, i32 42
	%785 = load float, float* %784
	%786 = load float, float* %783
	%787 = fmul float %786, %480
	%788 = fmul float %483, %785
	%789 = fadd float %787, %788
	store float %789, float* %783
	%790 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 43
	%791 = getelementptr float, float* %488, i32 43
	%792 = load float, float* %791
	%793 = load float, float* %790
	%794 = fmul float %793, %480
	%795 = fmul float %483, %792
	%796 = fadd float %794, %795
	store float %796, float* %790
	%797 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 44
	%798 = getelementptr float, float* %488, i32 44
	%799 = load float, float* %798
	%800 = load float, float* %797
	%801 = fmul float %800, %480
	%802 = fmul float %483, %799
	%803 = fadd float %801, %802
	store float %803, float* %797
	%804 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 45
	%805 = getelementptr float, float* %488, i32 45
	%806 = load float, float* %805
	%807 = load float, float* %804
	%808 = fmul float %807, %480
	%809 = fmul float %483, %806
	%810 = fadd float %808, %809
	store float %810, float* %804
	%811 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 46
	%812 = getelementptr float, float* %488, i32 46
	%813 = load float, float* %812
	%814 = load float, float* %811
	%815 = fmul float %814, %480
	%816 = fmul float %483, %813
	%817 = fadd float %815, %816
	store float %817, float* %811
	%818 = getelementptr [48 x float], [48 x float]* %85, i32 0, i32 47
	%819 = getelementptr float, float* %488, i32 47
	%820 = load float, float* %819
	%821 = load float, float* %818
	%822 = fmul float %821, %480
	%823 = fmul float %483, %820
	%824 = fadd float %822, %823
	store float %824, float* %818
	br label %next
}
