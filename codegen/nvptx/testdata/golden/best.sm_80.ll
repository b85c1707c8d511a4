; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_take_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@best_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@best_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16

define ptx_kernel void @best_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %210, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %209, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %188
	br i1 %190, label %211, label %212

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = icmp eq i32 %166, 0
	%202 = or i1 %200, %201
	%203 = bitcast float %175 to i32
	%204 = add i32 %203, 2
	%205 = select i1 %202, i32 1, i32 %204
	%206 = select i1 %173, i32 %205, i32 0
	%207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %166
	store i32 %206, i32 addrspace(3)* %207
	%208 = uitofp i1 %173 to float
	%209 = fadd float %167, %208
	%210 = add i32 %166, 256
	br label %165

211:
	store float %187, float addrspace(3)* %191
	br label %212

212:
	call void @llvm.nvvm.barrier0()
	%213 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%214 = load float, float addrspace(3)* %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%219 = load float, float addrspace(3)* %218
	%220 = fadd float %217, %219
	%221 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%222 = load float, float addrspace(3)* %221
	%223 = fadd float %220, %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = fptosi float %235 to i32
	%237 = icmp eq i32 %0, 0
	br i1 %237, label %238, label %242

238:
	%239 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 0
	%240 = load i32, i32 addrspace(3)* %239
	%241 = icmp eq i32 %240, 1
	br i1 %241, label %249, label %257

242:
	call void @llvm.nvvm.barrier0()
	%243 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	%244 = load i32, i32 addrspace(3)* %243
	%245 = sub i32 %236, %244
	%246 = mul i32 %2, %NQ
	%247 = add i32 %246, %1
	%248 = icmp eq i32 %0, 0
	br i1 %248, label %303, label %311

249:
	%250 = add i32 %13, 0
	%251 = sext i32 %250 to i64
	%252 = getelementptr i32, i32* %list, i64 %251
	store i32 0, i32* %252
	%253 = add i32 %13, %NK
	%254 = add i32 %253, 0
	%255 = sext i32 %254 to i64
	%256 = getelementptr i32, i32* %list, i64 %255
	store i32 1, i32* %256
	br label %257

257:
	%258 = add i32 %11, 0
	%259 = sext i32 %258 to i64
	%260 = getelementptr float, float* %e, i64 %259
	%261 = load float, float* %260
	%262 = add i32 0, 1
	%263 = select i1 %241, i32 %262, i32 0
	%264 = fpext float %261 to double
	%265 = fadd double 0.0, %264
	%266 = select i1 %241, double %265, double 0.0
	%267 = icmp sgt i32 %156, 1
	%268 = select i1 %267, i32 %156, i32 1
	%269 = add i32 %164, 1
	%270 = icmp slt i32 %269, %NK
	%271 = select i1 %270, i32 %269, i32 %NK
	br label %272

272:
	%273 = phi i32 [ %268, %257 ], [ %302, %292 ]
	%274 = phi i32 [ %263, %257 ], [ %298, %292 ]
	%275 = phi double [ %266, %257 ], [ %301, %292 ]
	%276 = icmp slt i32 %273, %271
	br i1 %276, label %277, label %281

277:
	%278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %273
	%279 = load i32, i32 addrspace(3)* %278
	%280 = icmp eq i32 %279, 1
	br i1 %280, label %284, label %292

281:
	%282 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	store i32 %274, i32 addrspace(3)* %282
	%283 = getelementptr [1 x double], [1 x double] addrspace(3)* @best_select1_mass, i32 0, i32 0
	store double %275, double addrspace(3)* %283
	br label %242

284:
	%285 = add i32 %13, %274
	%286 = sext i32 %285 to i64
	%287 = getelementptr i32, i32* %list, i64 %286
	store i32 %273, i32* %287
	%288 = add i32 %13, %NK
	%289 = add i32 %288, %274
	%290 = sext i32 %289 to i64
	%291 = getelementptr i32, i32* %list, i64 %290
	store i32 1, i32* %291
	br label %292

292:
	%293 = add i32 %11, %273
	%294 = sext i32 %293 to i64
	%295 = getelementptr float, float* %e, i64 %294
	%296 = load float, float* %295
	%297 = add i32 %274, 1
	%298 = select i1 %280, i32 %297, i32 %274
	%299 = fpext float %296 to double
	%300 = fadd double %275, %299
	%301 = select i1 %280, double %300, double %275
	%302 = add i32 %273, 1
	br label %272

303:
	%304 = mul i32 %247, 2
	%305 = sext i32 %304 to i64
	%306 = getelementptr i32, i32* %cnt, i64 %305
	store i32 %236, i32* %306
	%307 = mul i32 %247, 2
	%308 = add i32 %307, 1
	%309 = sext i32 %308 to i64
	%310 = getelementptr i32, i32* %cnt, i64 %309
	store i32 %244, i32* %310
	br label %311

311:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @best_select1_init(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	br label %8

8:
	%9 = phi i32 [ %0, %entry ], [ %25, %13 ]
	%10 = phi i32 [ 0, %entry ], [ %19, %13 ]
	%11 = phi i32 [ 0, %entry ], [ %24, %13 ]
	%12 = icmp slt i32 %9, %R
	br i1 %12, label %13, label %26

13:
	%14 = add i32 %7, %9
	%15 = mul i32 %14, 2
	%16 = sext i32 %15 to i64
	%17 = getelementptr i32, i32* %cnt, i64 %16
	%18 = load i32, i32* %17
	%19 = add i32 %10, %18
	%20 = add i32 %15, 1
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %cnt, i64 %21
	%23 = load i32, i32* %22
	%24 = add i32 %11, %23
	%25 = add i32 %9, 256
	br label %8

26:
	%27 = and i32 %0, 31
	%28 = lshr i32 %0, 5
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10, i32 1, i32 0)
	%30 = icmp uge i32 %27, 1
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %10, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 2, i32 0)
	%34 = icmp uge i32 %27, 2
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 4, i32 0)
	%38 = icmp uge i32 %27, 4
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 8, i32 0)
	%42 = icmp uge i32 %27, 8
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 16, i32 0)
	%46 = icmp uge i32 %27, 16
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = icmp eq i32 %27, 31
	br i1 %49, label %50, label %52

50:
	%51 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 %28
	store i32 %48, i32 addrspace(3)* %51
	br label %52

52:
	call void @llvm.nvvm.barrier0()
	%53 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 0
	%54 = load i32, i32 addrspace(3)* %53
	%55 = icmp sgt i32 %28, 0
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 0, %56
	%58 = add i32 0, %54
	%59 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 1
	%60 = load i32, i32 addrspace(3)* %59
	%61 = icmp sgt i32 %28, 1
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %57, %62
	%64 = add i32 %58, %60
	%65 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 2
	%66 = load i32, i32 addrspace(3)* %65
	%67 = icmp sgt i32 %28, 2
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %63, %68
	%70 = add i32 %64, %66
	%71 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 3
	%72 = load i32, i32 addrspace(3)* %71
	%73 = icmp sgt i32 %28, 3
	%74 = select i1 %73, i32 %72, i32 0
	%75 = add i32 %69, %74
	%76 = add i32 %70, %72
	%77 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 4
	%78 = load i32, i32 addrspace(3)* %77
	%79 = icmp sgt i32 %28, 4
	%80 = select i1 %79, i32 %78, i32 0
	%81 = add i32 %75, %80
	%82 = add i32 %76, %78
	%83 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 5
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp sgt i32 %28, 5
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %81, %86
	%88 = add i32 %82, %84
	%89 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 6
	%90 = load i32, i32 addrspace(3)* %89
	%91 = icmp sgt i32 %28, 6
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %87, %92
	%94 = add i32 %88, %90
	%95 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 7
	%96 = load i32, i32 addrspace(3)* %95
	%97 = icmp sgt i32 %28, 7
	%98 = select i1 %97, i32 %96, i32 0
	%99 = add i32 %93, %98
	%100 = add i32 %94, %96
	%101 = add i32 %99, %48
	%102 = sub i32 %101, %10
	%103 = and i32 %0, 31
	%104 = lshr i32 %0, 5
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11, i32 1, i32 0)
	%106 = icmp uge i32 %103, 1
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %11, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 2, i32 0)
	%110 = icmp uge i32 %103, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 4, i32 0)
	%114 = icmp uge i32 %103, 4
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 8, i32 0)
	%118 = icmp uge i32 %103, 8
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %120, i32 16, i32 0)
	%122 = icmp uge i32 %103, 16
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %120, %123
	%125 = icmp eq i32 %103, 31
	br i1 %125, label %126, label %128

126:
	%127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 %104
	store i32 %124, i32 addrspace(3)* %127
	br label %128

128:
	call void @llvm.nvvm.barrier0()
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 0
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %104, 0
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 0, %132
	%134 = add i32 0, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 1
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %104, 1
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 2
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %104, 2
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 3
	%148 = load i32, i32 addrspace(3)* %147
	%149 = icmp sgt i32 %104, 3
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %145, %150
	%152 = add i32 %146, %148
	%153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 4
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp sgt i32 %104, 4
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = add i32 %152, %154
	%159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 5
	%160 = load i32, i32 addrspace(3)* %159
	%161 = icmp sgt i32 %104, 5
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %157, %162
	%164 = add i32 %158, %160
	%165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 6
	%166 = load i32, i32 addrspace(3)* %165
	%167 = icmp sgt i32 %104, 6
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = add i32 %164, %166
	%171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 7
	%172 = load i32, i32 addrspace(3)* %171
	%173 = icmp sgt i32 %104, 7
	%174 = select i1 %173, i32 %172, i32 0
	%175 = add i32 %169, %174
	%176 = add i32 %170, %172
	%177 = add i32 %175, %124
	%178 = sub i32 %177, %11
	%179 = sitofp i32 %100 to double
	%180 = fmul double 0x3FB7CED916872B02, %179
	%181 = fsub double %180, 0x3E112E0BE826D695
	%182 = call double @llvm.ceil.f64(double %181)
	%183 = fptosi double %182 to i32
	%184 = sub i32 %183, %176
	%185 = sub i32 %100, %176
	%186 = icmp slt i32 %184, %185
	%187 = select i1 %186, i32 %184, i32 %185
	%188 = icmp sgt i32 %187, 0
	%189 = select i1 %188, i32 %187, i32 0
	%190 = icmp eq i32 %189, 0
	%191 = icmp eq i32 %0, 0
	br i1 %191, label %192, label %207

192:
	%193 = select i1 %190, i32 -1, i32 0
	%194 = add i32 %2, 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i32, i32* %state, i64 %195
	store i32 %193, i32* %196
	%197 = add i32 %2, 1
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %state, i64 %198
	store i32 %193, i32* %199
	%200 = add i32 %2, 2
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %189, i32* %202
	%203 = zext i1 %190 to i32
	%204 = add i32 %2, 3
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %state, i64 %205
	store i32 %203, i32* %206
	br label %207

207:
	store i32 0, i32* %6
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

define ptx_kernel void @best_select1_hist24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 24
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 24
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 24
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 24
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 24
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 24
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 24
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 24
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

define ptx_kernel void @best_select1_pick24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 24
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF000000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 16
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 16
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 16
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 16
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 16
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 16
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 16
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 16
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

define ptx_kernel void @best_select1_pick16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 16
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF0000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 8
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 8
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 8
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 8
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 8
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 8
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 8
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 8
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

define ptx_kernel void @best_select1_pick8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 8
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF00
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 0
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 0
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 0
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 0
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 0
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 0
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 0
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 0
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

define ptx_kernel void @best_select1_pick0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 0
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, 255
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_ties(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %NK, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %13, 256
	%15 = mul i32 %1, 8
	%16 = add i32 %15, 0
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %16
	%19 = mul i32 %18, %NK
	%20 = mul i32 %16, 64
	%21 = add i32 %20, %off
	%22 = add i32 %16, 1
	%23 = mul i32 %22, 64
	%24 = icmp slt i32 %23, %M
	%25 = select i1 %24, i32 %23, i32 %M
	%26 = sub i32 %25, 1
	%27 = add i32 %26, %off
	%28 = icmp slt i32 %21, 0
	%29 = sub i32 0, %21
	%30 = sub i32 64, 1
	%31 = add i32 %29, %30
	%32 = sdiv i32 %31, 64
	%33 = sub i32 0, %32
	%34 = sdiv i32 %21, 64
	%35 = select i1 %28, i32 %33, i32 %34
	%36 = icmp slt i32 %27, 0
	%37 = sub i32 0, %27
	%38 = sub i32 64, 1
	%39 = add i32 %37, %38
	%40 = sdiv i32 %39, 64
	%41 = sub i32 0, %40
	%42 = sdiv i32 %27, 64
	%43 = select i1 %36, i32 %41, i32 %42
	%44 = icmp slt i32 %16, %NQ
	br i1 %44, label %45, label %46

45:
	br label %77

46:
	%47 = mul i32 %1, 8
	%48 = add i32 %47, 1
	%49 = mul i32 %2, %NQ
	%50 = add i32 %49, %48
	%51 = mul i32 %50, %NK
	%52 = mul i32 %48, 64
	%53 = add i32 %52, %off
	%54 = add i32 %48, 1
	%55 = mul i32 %54, 64
	%56 = icmp slt i32 %55, %M
	%57 = select i1 %56, i32 %55, i32 %M
	%58 = sub i32 %57, 1
	%59 = add i32 %58, %off
	%60 = icmp slt i32 %53, 0
	%61 = sub i32 0, %53
	%62 = sub i32 64, 1
	%63 = add i32 %61, %62
	%64 = sdiv i32 %63, 64
	%65 = sub i32 0, %64
	%66 = sdiv i32 %53, 64
	%67 = select i1 %60, i32 %65, i32 %66
	%68 = icmp slt i32 %59, 0
	%69 = sub i32 0, %59
	%70 = sub i32 64, 1
	%71 = add i32 %69, %70
	%72 = sdiv i32 %71, 64
	%73 = sub i32 0, %72
	%74 = sdiv i32 %59, 64
	%75 = select i1 %68, i32 %73, i32 %74
	%76 = icmp slt i32 %48, %NQ
	br i1 %76, label %187, label %188

77:
	%78 = phi i32 [ %0, %45 ], [ %128, %123 ]
	%79 = phi i32 [ 0, %45 ], [ %127, %123 ]
	%80 = icmp slt i32 %78, %14
	br i1 %80, label %81, label %83

81:
	%82 = icmp slt i32 %78, %NK
	br i1 %82, label %107, label %123

83:
	%84 = and i32 %0, 31
	%85 = lshr i32 %0, 5
	%86 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %79, i32 1, i32 0)
	%87 = icmp uge i32 %84, 1
	%88 = select i1 %87, i32 %86, i32 0
	%89 = add i32 %79, %88
	%90 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %89, i32 2, i32 0)
	%91 = icmp uge i32 %84, 2
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %89, %92
	%94 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %93, i32 4, i32 0)
	%95 = icmp uge i32 %84, 4
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %93, %96
	%98 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %97, i32 8, i32 0)
	%99 = icmp uge i32 %84, 8
	%100 = select i1 %99, i32 %98, i32 0
	%101 = add i32 %97, %100
	%102 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %101, i32 16, i32 0)
	%103 = icmp uge i32 %84, 16
	%104 = select i1 %103, i32 %102, i32 0
	%105 = add i32 %101, %104
	%106 = icmp eq i32 %84, 31
	br i1 %106, label %129, label %131

107:
	%108 = add i32 %19, %78
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %78, %35
	%114 = icmp sle i32 %78, %43
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %78, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %81 ], [ %122, %107 ]
	%125 = icmp eq i32 %124, %7
	%126 = zext i1 %125 to i32
	%127 = add i32 %79, %126
	%128 = add i32 %78, 256
	br label %77

129:
	%130 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %85
	store i32 %105, i32 addrspace(3)* %130
	br label %131

131:
	call void @llvm.nvvm.barrier0()
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %85, 0
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 0, %135
	%137 = add i32 0, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %85, 1
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%145 = load i32, i32 addrspace(3)* %144
	%146 = icmp sgt i32 %85, 2
	%147 = select i1 %146, i32 %145, i32 0
	%148 = add i32 %142, %147
	%149 = add i32 %143, %145
	%150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%151 = load i32, i32 addrspace(3)* %150
	%152 = icmp sgt i32 %85, 3
	%153 = select i1 %152, i32 %151, i32 0
	%154 = add i32 %148, %153
	%155 = add i32 %149, %151
	%156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%157 = load i32, i32 addrspace(3)* %156
	%158 = icmp sgt i32 %85, 4
	%159 = select i1 %158, i32 %157, i32 0
	%160 = add i32 %154, %159
	%161 = add i32 %155, %157
	%162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%163 = load i32, i32 addrspace(3)* %162
	%164 = icmp sgt i32 %85, 5
	%165 = select i1 %164, i32 %163, i32 0
	%166 = add i32 %160, %165
	%167 = add i32 %161, %163
	%168 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%169 = load i32, i32 addrspace(3)* %168
	%170 = icmp sgt i32 %85, 6
	%171 = select i1 %170, i32 %169, i32 0
	%172 = add i32 %166, %171
	%173 = add i32 %167, %169
	%174 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%175 = load i32, i32 addrspace(3)* %174
	%176 = icmp sgt i32 %85, 7
	%177 = select i1 %176, i32 %175, i32 0
	%178 = add i32 %172, %177
	%179 = add i32 %173, %175
	%180 = add i32 %178, %105
	%181 = sub i32 %180, %79
	%182 = icmp eq i32 %0, 0
	br i1 %182, label %183, label %186

183:
	%184 = sext i32 %18 to i64
	%185 = getelementptr i32, i32* %ties, i64 %184
	store i32 %179, i32* %185
	br label %186

186:
	br label %46

187:
	br label %219

188:
	%189 = mul i32 %1, 8
	%190 = add i32 %189, 2
	%191 = mul i32 %2, %NQ
	%192 = add i32 %191, %190
	%193 = mul i32 %192, %NK
	%194 = mul i32 %190, 64
	%195 = add i32 %194, %off
	%196 = add i32 %190, 1
	%197 = mul i32 %196, 64
	%198 = icmp slt i32 %197, %M
	%199 = select i1 %198, i32 %197, i32 %M
	%200 = sub i32 %199, 1
	%201 = add i32 %200, %off
	%202 = icmp slt i32 %195, 0
	%203 = sub i32 0, %195
	%204 = sub i32 64, 1
	%205 = add i32 %203, %204
	%206 = sdiv i32 %205, 64
	%207 = sub i32 0, %206
	%208 = sdiv i32 %195, 64
	%209 = select i1 %202, i32 %207, i32 %208
	%210 = icmp slt i32 %201, 0
	%211 = sub i32 0, %201
	%212 = sub i32 64, 1
	%213 = add i32 %211, %212
	%214 = sdiv i32 %213, 64
	%215 = sub i32 0, %214
	%216 = sdiv i32 %201, 64
	%217 = select i1 %210, i32 %215, i32 %216
	%218 = icmp slt i32 %190, %NQ
	br i1 %218, label %329, label %330

219:
	%220 = phi i32 [ %0, %187 ], [ %270, %265 ]
	%221 = phi i32 [ 0, %187 ], [ %269, %265 ]
	%222 = icmp slt i32 %220, %14
	br i1 %222, label %223, label %225

223:
	%224 = icmp slt i32 %220, %NK
	br i1 %224, label %249, label %265

225:
	%226 = and i32 %0, 31
	%227 = lshr i32 %0, 5
	%228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %221, i32 1, i32 0)
	%229 = icmp uge i32 %226, 1
	%230 = select i1 %229, i32 %228, i32 0
	%231 = add i32 %221, %230
	%232 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %231, i32 2, i32 0)
	%233 = icmp uge i32 %226, 2
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %231, %234
	%236 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %235, i32 4, i32 0)
	%237 = icmp uge i32 %226, 4
	%238 = select i1 %237, i32 %236, i32 0
	%239 = add i32 %235, %238
	%240 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %239, i32 8, i32 0)
	%241 = icmp uge i32 %226, 8
	%242 = select i1 %241, i32 %240, i32 0
	%243 = add i32 %239, %242
	%244 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %243, i32 16, i32 0)
	%245 = icmp uge i32 %226, 16
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %243, %246
	%248 = icmp eq i32 %226, 31
	br i1 %248, label %271, label %273

249:
	%250 = add i32 %51, %220
	%251 = sext i32 %250 to i64
	%252 = getelementptr float, float* %e, i64 %251
	%253 = load float, float* %252
	%254 = fcmp oge float %253, 0.0
	%255 = icmp sge i32 %220, %67
	%256 = icmp sle i32 %220, %75
	%257 = and i1 %255, %256
	%258 = or i1 false, %257
	%259 = icmp eq i32 %220, 0
	%260 = or i1 %258, %259
	%261 = bitcast float %253 to i32
	%262 = add i32 %261, 2
	%263 = select i1 %260, i32 1, i32 %262
	%264 = select i1 %254, i32 %263, i32 0
	br label %265

265:
	%266 = phi i32 [ 0, %223 ], [ %264, %249 ]
	%267 = icmp eq i32 %266, %7
	%268 = zext i1 %267 to i32
	%269 = add i32 %221, %268
	%270 = add i32 %220, 256
	br label %219

271:
	%272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %227
	store i32 %247, i32 addrspace(3)* %272
	br label %273

273:
	call void @llvm.nvvm.barrier0()
	%274 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%275 = load i32, i32 addrspace(3)* %274
	%276 = icmp sgt i32 %227, 0
	%277 = select i1 %276, i32 %275, i32 0
	%278 = add i32 0, %277
	%279 = add i32 0, %275
	%280 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%281 = load i32, i32 addrspace(3)* %280
	%282 = icmp sgt i32 %227, 1
	%283 = select i1 %282, i32 %281, i32 0
	%284 = add i32 %278, %283
	%285 = add i32 %279, %281
	%286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%287 = load i32, i32 addrspace(3)* %286
	%288 = icmp sgt i32 %227, 2
	%289 = select i1 %288, i32 %287, i32 0
	%290 = add i32 %284, %289
	%291 = add i32 %285, %287
	%292 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%293 = load i32, i32 addrspace(3)* %292
	%294 = icmp sgt i32 %227, 3
	%295 = select i1 %294, i32 %293, i32 0
	%296 = add i32 %290, %295
	%297 = add i32 %291, %293
	%298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%299 = load i32, i32 addrspace(3)* %298
	%300 = icmp sgt i32 %227, 4
	%301 = select i1 %300, i32 %299, i32 0
	%302 = add i32 %296, %301
	%303 = add i32 %297, %299
	%304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%305 = load i32, i32 addrspace(3)* %304
	%306 = icmp sgt i32 %227, 5
	%307 = select i1 %306, i32 %305, i32 0
	%308 = add i32 %302, %307
	%309 = add i32 %303, %305
	%310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%311 = load i32, i32 addrspace(3)* %310
	%312 = icmp sgt i32 %227, 6
	%313 = select i1 %312, i32 %311, i32 0
	%314 = add i32 %308, %313
	%315 = add i32 %309, %311
	%316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%317 = load i32, i32 addrspace(3)* %316
	%318 = icmp sgt i32 %227, 7
	%319 = select i1 %318, i32 %317, i32 0
	%320 = add i32 %314, %319
	%321 = add i32 %315, %317
	%322 = add i32 %320, %247
	%323 = sub i32 %322, %221
	%324 = icmp eq i32 %0, 0
	br i1 %324, label %325, label %328

325:
	%326 = sext i32 %50 to i64
	%327 = getelementptr i32, i32* %ties, i64 %326
	store i32 %321, i32* %327
	br label %328

328:
	br label %188

329:
	br label %361

330:
	%331 = mul i32 %1, 8
	%332 = add i32 %331, 3
	%333 = mul i32 %2, %NQ
	%334 = add i32 %333, %332
	%335 = mul i32 %334, %NK
	%336 = mul i32 %332, 64
	%337 = add i32 %336, %off
	%338 = add i32 %332, 1
	%339 = mul i32 %338, 64
	%340 = icmp slt i32 %339, %M
	%341 = select i1 %340, i32 %339, i32 %M
	%342 = sub i32 %341, 1
	%343 = add i32 %342, %off
	%344 = icmp slt i32 %337, 0
	%345 = sub i32 0, %337
	%346 = sub i32 64, 1
	%347 = add i32 %345, %346
	%348 = sdiv i32 %347, 64
	%349 = sub i32 0, %348
	%350 = sdiv i32 %337, 64
	%351 = select i1 %344, i32 %349, i32 %350
	%352 = icmp slt i32 %343, 0
	%353 = sub i32 0, %343
	%354 = sub i32 64, 1
	%355 = add i32 %353, %354
	%356 = sdiv i32 %355, 64
	%357 = sub i32 0, %356
	%358 = sdiv i32 %343, 64
	%359 = select i1 %352, i32 %357, i32 %358
	%360 = icmp slt i32 %332, %NQ
	br i1 %360, label %471, label %472

361:
	%362 = phi i32 [ %0, %329 ], [ %412, %407 ]
	%363 = phi i32 [ 0, %329 ], [ %411, %407 ]
	%364 = icmp slt i32 %362, %14
	br i1 %364, label %365, label %367

365:
	%366 = icmp slt i32 %362, %NK
	br i1 %366, label %391, label %407

367:
	%368 = and i32 %0, 31
	%369 = lshr i32 %0, 5
	%370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %363, i32 1, i32 0)
	%371 = icmp uge i32 %368, 1
	%372 = select i1 %371, i32 %370, i32 0
	%373 = add i32 %363, %372
	%374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %373, i32 2, i32 0)
	%375 = icmp uge i32 %368, 2
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 %373, %376
	%378 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %377, i32 4, i32 0)
	%379 = icmp uge i32 %368, 4
	%380 = select i1 %379, i32 %378, i32 0
	%381 = add i32 %377, %380
	%382 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %381, i32 8, i32 0)
	%383 = icmp uge i32 %368, 8
	%384 = select i1 %383, i32 %382, i32 0
	%385 = add i32 %381, %384
	%386 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %385, i32 16, i32 0)
	%387 = icmp uge i32 %368, 16
	%388 = select i1 %387, i32 %386, i32 0
	%389 = add i32 %385, %388
	%390 = icmp eq i32 %368, 31
	br i1 %390, label %413, label %415

391:
	%392 = add i32 %193, %362
	%393 = sext i32 %392 to i64
	%394 = getelementptr float, float* %e, i64 %393
	%395 = load float, float* %394
	%396 = fcmp oge float %395, 0.0
	%397 = icmp sge i32 %362, %209
	%398 = icmp sle i32 %362, %217
	%399 = and i1 %397, %398
	%400 = or i1 false, %399
	%401 = icmp eq i32 %362, 0
	%402 = or i1 %400, %401
	%403 = bitcast float %395 to i32
	%404 = add i32 %403, 2
	%405 = select i1 %402, i32 1, i32 %404
	%406 = select i1 %396, i32 %405, i32 0
	br label %407

407:
	%408 = phi i32 [ 0, %365 ], [ %406, %391 ]
	%409 = icmp eq i32 %408, %7
	%410 = zext i1 %409 to i32
	%411 = add i32 %363, %410
	%412 = add i32 %362, 256
	br label %361

413:
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %369
	store i32 %389, i32 addrspace(3)* %414
	br label %415

415:
	call void @llvm.nvvm.barrier0()
	%416 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp sgt i32 %369, 0
	%419 = select i1 %418, i32 %417, i32 0
	%420 = add i32 0, %419
	%421 = add i32 0, %417
	%422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%423 = load i32, i32 addrspace(3)* %422
	%424 = icmp sgt i32 %369, 1
	%425 = select i1 %424, i32 %423, i32 0
	%426 = add i32 %420, %425
	%427 = add i32 %421, %423
	%428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%429 = load i32, i32 addrspace(3)* %428
	%430 = icmp sgt i32 %369, 2
	%431 = select i1 %430, i32 %429, i32 0
	%432 = add i32 %426, %431
	%433 = add i32 %427, %429
	%434 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%435 = load i32, i32 addrspace(3)* %434
	%436 = icmp sgt i32 %369, 3
	%437 = select i1 %436, i32 %435, i32 0
	%438 = add i32 %432, %437
	%439 = add i32 %433, %435
	%440 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%441 = load i32, i32 addrspace(3)* %440
	%442 = icmp sgt i32 %369, 4
	%443 = select i1 %442, i32 %441, i32 0
	%444 = add i32 %438, %443
	%445 = add i32 %439, %441
	%446 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%447 = load i32, i32 addrspace(3)* %446
	%448 = icmp sgt i32 %369, 5
	%449 = select i1 %448, i32 %447, i32 0
	%450 = add i32 %444, %449
	%451 = add i32 %445, %447
	%452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%453 = load i32, i32 addrspace(3)* %452
	%454 = icmp sgt i32 %369, 6
	%455 = select i1 %454, i32 %453, i32 0
	%456 = add i32 %450, %455
	%457 = add i32 %451, %453
	%458 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%459 = load i32, i32 addrspace(3)* %458
	%460 = icmp sgt i32 %369, 7
	%461 = select i1 %460, i32 %459, i32 0
	%462 = add i32 %456, %461
	%463 = add i32 %457, %459
	%464 = add i32 %462, %389
	%465 = sub i32 %464, %363
	%466 = icmp eq i32 %0, 0
	br i1 %466, label %467, label %470

467:
	%468 = sext i32 %192 to i64
	%469 = getelementptr i32, i32* %ties, i64 %468
	store i32 %463, i32* %469
	br label %470

470:
	br label %330

471:
	br label %503

472:
	%473 = mul i32 %1, 8
	%474 = add i32 %473, 4
	%475 = mul i32 %2, %NQ
	%476 = add i32 %475, %474
	%477 = mul i32 %476, %NK
	%478 = mul i32 %474, 64
	%479 = add i32 %478, %off
	%480 = add i32 %474, 1
	%481 = mul i32 %480, 64
	%482 = icmp slt i32 %481, %M
	%483 = select i1 %482, i32 %481, i32 %M
	%484 = sub i32 %483, 1
	%485 = add i32 %484, %off
	%486 = icmp slt i32 %479, 0
	%487 = sub i32 0, %479
	%488 = sub i32 64, 1
	%489 = add i32 %487, %488
	%490 = sdiv i32 %489, 64
	%491 = sub i32 0, %490
	%492 = sdiv i32 %479, 64
	%493 = select i1 %486, i32 %491, i32 %492
	%494 = icmp slt i32 %485, 0
	%495 = sub i32 0, %485
	%496 = sub i32 64, 1
	%497 = add i32 %495, %496
	%498 = sdiv i32 %497, 64
	%499 = sub i32 0, %498
	%500 = sdiv i32 %485, 64
	%501 = select i1 %494, i32 %499, i32 %500
	%502 = icmp slt i32 %474, %NQ
	br i1 %502, label %613, label %614

503:
	%504 = phi i32 [ %0, %471 ], [ %554, %549 ]
	%505 = phi i32 [ 0, %471 ], [ %553, %549 ]
	%506 = icmp slt i32 %504, %14
	br i1 %506, label %507, label %509

507:
	%508 = icmp slt i32 %504, %NK
	br i1 %508, label %533, label %549

509:
	%510 = and i32 %0, 31
	%511 = lshr i32 %0, 5
	%512 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %505, i32 1, i32 0)
	%513 = icmp uge i32 %510, 1
	%514 = select i1 %513, i32 %512, i32 0
	%515 = add i32 %505, %514
	%516 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %515, i32 2, i32 0)
	%517 = icmp uge i32 %510, 2
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %515, %518
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %519, i32 4, i32 0)
	%521 = icmp uge i32 %510, 4
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %519, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 8, i32 0)
	%525 = icmp uge i32 %510, 8
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 16, i32 0)
	%529 = icmp uge i32 %510, 16
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = icmp eq i32 %510, 31
	br i1 %532, label %555, label %557

533:
	%534 = add i32 %335, %504
	%535 = sext i32 %534 to i64
	%536 = getelementptr float, float* %e, i64 %535
	%537 = load float, float* %536
	%538 = fcmp oge float %537, 0.0
	%539 = icmp sge i32 %504, %351
	%540 = icmp sle i32 %504, %359
	%541 = and i1 %539, %540
	%542 = or i1 false, %541
	%543 = icmp eq i32 %504, 0
	%544 = or i1 %542, %543
	%545 = bitcast float %537 to i32
	%546 = add i32 %545, 2
	%547 = select i1 %544, i32 1, i32 %546
	%548 = select i1 %538, i32 %547, i32 0
	br label %549

549:
	%550 = phi i32 [ 0, %507 ], [ %548, %533 ]
	%551 = icmp eq i32 %550, %7
	%552 = zext i1 %551 to i32
	%553 = add i32 %505, %552
	%554 = add i32 %504, 256
	br label %503

555:
	%556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %511
	store i32 %531, i32 addrspace(3)* %556
	br label %557

557:
	call void @llvm.nvvm.barrier0()
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %511, 0
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 0, %561
	%563 = add i32 0, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %511, 1
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %511, 2
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %511, 3
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %511, 4
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %511, 5
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %511, 6
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %511, 7
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = add i32 %604, %531
	%607 = sub i32 %606, %505
	%608 = icmp eq i32 %0, 0
	br i1 %608, label %609, label %612

609:
	%610 = sext i32 %334 to i64
	%611 = getelementptr i32, i32* %ties, i64 %610
	store i32 %605, i32* %611
	br label %612

612:
	br label %472

613:
	br label %645

614:
	%615 = mul i32 %1, 8
	%616 = add i32 %615, 5
	%617 = mul i32 %2, %NQ
	%618 = add i32 %617, %616
	%619 = mul i32 %618, %NK
	%620 = mul i32 %616, 64
	%621 = add i32 %620, %off
	%622 = add i32 %616, 1
	%623 = mul i32 %622, 64
	%624 = icmp slt i32 %623, %M
	%625 = select i1 %624, i32 %623, i32 %M
	%626 = sub i32 %625, 1
	%627 = add i32 %626, %off
	%628 = icmp slt i32 %621, 0
	%629 = sub i32 0, %621
	%630 = sub i32 64, 1
	%631 = add i32 %629, %630
	%632 = sdiv i32 %631, 64
	%633 = sub i32 0, %632
	%634 = sdiv i32 %621, 64
	%635 = select i1 %628, i32 %633, i32 %634
	%636 = icmp slt i32 %627, 0
	%637 = sub i32 0, %627
	%638 = sub i32 64, 1
	%639 = add i32 %637, %638
	%640 = sdiv i32 %639, 64
	%641 = sub i32 0, %640
	%642 = sdiv i32 %627, 64
	%643 = select i1 %636, i32 %641, i32 %642
	%644 = icmp slt i32 %616, %NQ
	br i1 %644, label %755, label %756

645:
	%646 = phi i32 [ %0, %613 ], [ %696, %691 ]
	%647 = phi i32 [ 0, %613 ], [ %695, %691 ]
	%648 = icmp slt i32 %646, %14
	br i1 %648, label %649, label %651

649:
	%650 = icmp slt i32 %646, %NK
	br i1 %650, label %675, label %691

651:
	%652 = and i32 %0, 31
	%653 = lshr i32 %0, 5
	%654 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %647, i32 1, i32 0)
	%655 = icmp uge i32 %652, 1
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %647, %656
	%658 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %657, i32 2, i32 0)
	%659 = icmp uge i32 %652, 2
	%660 = select i1 %659, i32 %658, i32 0
	%661 = add i32 %657, %660
	%662 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %661, i32 4, i32 0)
	%663 = icmp uge i32 %652, 4
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %661, %664
	%666 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %665, i32 8, i32 0)
	%667 = icmp uge i32 %652, 8
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %665, %668
	%670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %669, i32 16, i32 0)
	%671 = icmp uge i32 %652, 16
	%672 = select i1 %671, i32 %670, i32 0
	%673 = add i32 %669, %672
	%674 = icmp eq i32 %652, 31
	br i1 %674, label %697, label %699

675:
	%676 = add i32 %477, %646
	%677 = sext i32 %676 to i64
	%678 = getelementptr float, float* %e, i64 %677
	%679 = load float, float* %678
	%680 = fcmp oge float %679, 0.0
	%681 = icmp sge i32 %646, %493
	%682 = icmp sle i32 %646, %501
	%683 = and i1 %681, %682
	%684 = or i1 false, %683
	%685 = icmp eq i32 %646, 0
	%686 = or i1 %684, %685
	%687 = bitcast float %679 to i32
	%688 = add i32 %687, 2
	%689 = select i1 %686, i32 1, i32 %688
	%690 = select i1 %680, i32 %689, i32 0
	br label %691

691:
	%692 = phi i32 [ 0, %649 ], [ %690, %675 ]
	%693 = icmp eq i32 %692, %7
	%694 = zext i1 %693 to i32
	%695 = add i32 %647, %694
	%696 = add i32 %646, 256
	br label %645

697:
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %653
	store i32 %673, i32 addrspace(3)* %698
	br label %699

699:
	call void @llvm.nvvm.barrier0()
	%700 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%701 = load i32, i32 addrspace(3)* %700
	%702 = icmp sgt i32 %653, 0
	%703 = select i1 %702, i32 %701, i32 0
	%704 = add i32 0, %703
	%705 = add i32 0, %701
	%706 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%707 = load i32, i32 addrspace(3)* %706
	%708 = icmp sgt i32 %653, 1
	%709 = select i1 %708, i32 %707, i32 0
	%710 = add i32 %704, %709
	%711 = add i32 %705, %707
	%712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%713 = load i32, i32 addrspace(3)* %712
	%714 = icmp sgt i32 %653, 2
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %710, %715
	%717 = add i32 %711, %713
	%718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%719 = load i32, i32 addrspace(3)* %718
	%720 = icmp sgt i32 %653, 3
	%721 = select i1 %720, i32 %719, i32 0
	%722 = add i32 %716, %721
	%723 = add i32 %717, %719
	%724 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%725 = load i32, i32 addrspace(3)* %724
	%726 = icmp sgt i32 %653, 4
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %722, %727
	%729 = add i32 %723, %725
	%730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%731 = load i32, i32 addrspace(3)* %730
	%732 = icmp sgt i32 %653, 5
	%733 = select i1 %732, i32 %731, i32 0
	%734 = add i32 %728, %733
	%735 = add i32 %729, %731
	%736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%737 = load i32, i32 addrspace(3)* %736
	%738 = icmp sgt i32 %653, 6
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %734, %739
	%741 = add i32 %735, %737
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %653, 7
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %740, %745
	%747 = add i32 %741, %743
	%748 = add i32 %746, %673
	%749 = sub i32 %748, %647
	%750 = icmp eq i32 %0, 0
	br i1 %750, label %751, label %754

751:
	%752 = sext i32 %476 to i64
	%753 = getelementptr i32, i32* %ties, i64 %752
	store i32 %747, i32* %753
	br label %754

754:
	br label %614

755:
	br label %787

756:
	%757 = mul i32 %1, 8
	%758 = add i32 %757, 6
	%759 = mul i32 %2, %NQ
	%760 = add i32 %759, %758
	%761 = mul i32 %760, %NK
	%762 = mul i32 %758, 64
	%763 = add i32 %762, %off
	%764 = add i32 %758, 1
	%765 = mul i32 %764, 64
	%766 = icmp slt i32 %765, %M
	%767 = select i1 %766, i32 %765, i32 %M
	%768 = sub i32 %767, 1
	%769 = add i32 %768, %off
	%770 = icmp slt i32 %763, 0
	%771 = sub i32 0, %763
	%772 = sub i32 64, 1
	%773 = add i32 %771, %772
	%774 = sdiv i32 %773, 64
	%775 = sub i32 0, %774
	%776 = sdiv i32 %763, 64
	%777 = select i1 %770, i32 %775, i32 %776
	%778 = icmp slt i32 %769, 0
	%779 = sub i32 0, %769
	%780 = sub i32 64, 1
	%781 = add i32 %779, %780
	%782 = sdiv i32 %781, 64
	%783 = sub i32 0, %782
	%784 = sdiv i32 %769, 64
	%785 = select i1 %778, i32 %783, i32 %784
	%786 = icmp slt i32 %758, %NQ
	br i1 %786, label %897, label %898

787:
	%788 = phi i32 [ %0, %755 ], [ %838, %833 ]
	%789 = phi i32 [ 0, %755 ], [ %837, %833 ]
	%790 = icmp slt i32 %788, %14
	br i1 %790, label %791, label %793

791:
	%792 = icmp slt i32 %788, %NK
	br i1 %792, label %817, label %833

793:
	%794 = and i32 %0, 31
	%795 = lshr i32 %0, 5
	%796 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %789, i32 1, i32 0)
	%797 = icmp uge i32 %794, 1
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %789, %798
	%800 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %799, i32 2, i32 0)
	%801 = icmp uge i32 %794, 2
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %799, %802
	%804 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %803, i32 4, i32 0)
	%805 = icmp uge i32 %794, 4
	%806 = select i1 %805, i32 %804, i32 0
	%807 = add i32 %803, %806
	%808 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %807, i32 8, i32 0)
	%809 = icmp uge i32 %794, 8
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %807, %810
	%812 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %811, i32 16, i32 0)
	%813 = icmp uge i32 %794, 16
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %811, %814
	%816 = icmp eq i32 %794, 31
	br i1 %816, label %839, label %841

817:
	%818 = add i32 %619, %788
	%819 = sext i32 %818 to i64
	%820 = getelementptr float, float* %e, i64 %819
	%821 = load float, float* %820
	%822 = fcmp oge float %821, 0.0
	%823 = icmp sge i32 %788, %635
	%824 = icmp sle i32 %788, %643
	%825 = and i1 %823, %824
	%826 = or i1 false, %825
	%827 = icmp eq i32 %788, 0
	%828 = or i1 %826, %827
	%829 = bitcast float %821 to i32
	%830 = add i32 %829, 2
	%831 = select i1 %828, i32 1, i32 %830
	%832 = select i1 %822, i32 %831, i32 0
	br label %833

833:
	%834 = phi i32 [ 0, %791 ], [ %832, %817 ]
	%835 = icmp eq i32 %834, %7
	%836 = zext i1 %835 to i32
	%837 = add i32 %789, %836
	%838 = add i32 %788, 256
	br label %787

839:
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %795
	store i32 %815, i32 addrspace(3)* %840
	br label %841

841:
	call void @llvm.nvvm.barrier0()
	%842 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%843 = load i32, i32 addrspace(3)* %842
	%844 = icmp sgt i32 %795, 0
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 0, %845
	%847 = add i32 0, %843
	%848 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%849 = load i32, i32 addrspace(3)* %848
	%850 = icmp sgt i32 %795, 1
	%851 = select i1 %850, i32 %849, i32 0
	%852 = add i32 %846, %851
	%853 = add i32 %847, %849
	%854 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp sgt i32 %795, 2
	%857 = select i1 %856, i32 %855, i32 0
	%858 = add i32 %852, %857
	%859 = add i32 %853, %855
	%860 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%861 = load i32, i32 addrspace(3)* %860
	%862 = icmp sgt i32 %795, 3
	%863 = select i1 %862, i32 %861, i32 0
	%864 = add i32 %858, %863
	%865 = add i32 %859, %861
	%866 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%867 = load i32, i32 addrspace(3)* %866
	%868 = icmp sgt i32 %795, 4
	%869 = select i1 %868, i32 %867, i32 0
	%870 = add i32 %864, %869
	%871 = add i32 %865, %867
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%873 = load i32, i32 addrspace(3)* %872
	%874 = icmp sgt i32 %795, 5
	%875 = select i1 %874, i32 %873, i32 0
	%876 = add i32 %870, %875
	%877 = add i32 %871, %873
	%878 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%879 = load i32, i32 addrspace(3)* %878
	%880 = icmp sgt i32 %795, 6
	%881 = select i1 %880, i32 %879, i32 0
	%882 = add i32 %876, %881
	%883 = add i32 %877, %879
	%884 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%885 = load i32, i32 addrspace(3)* %884
	%886 = icmp sgt i32 %795, 7
	%887 = select i1 %886, i32 %885, i32 0
	%888 = add i32 %882, %887
	%889 = add i32 %883, %885
	%890 = add i32 %888, %815
	%891 = sub i32 %890, %789
	%892 = icmp eq i32 %0, 0
	br i1 %892, label %893, label %896

893:
	%894 = sext i32 %618 to i64
	%895 = getelementptr i32, i32* %ties, i64 %894
	store i32 %889, i32* %895
	br label %896

896:
	br label %756

897:
	br label %929

898:
	%899 = mul i32 %1, 8
	%900 = add i32 %899, 7
	%901 = mul i32 %2, %NQ
	%902 = add i32 %901, %900
	%903 = mul i32 %902, %NK
	%904 = mul i32 %900, 64
	%905 = add i32 %904, %off
	%906 = add i32 %900, 1
	%907 = mul i32 %906, 64
	%908 = icmp slt i32 %907, %M
	%909 = select i1 %908, i32 %907, i32 %M
	%910 = sub i32 %909, 1
	%911 = add i32 %910, %off
	%912 = icmp slt i32 %905, 0
	%913 = sub i32 0, %905
	%914 = sub i32 64, 1
	%915 = add i32 %913, %914
	%916 = sdiv i32 %915, 64
	%917 = sub i32 0, %916
	%918 = sdiv i32 %905, 64
	%919 = select i1 %912, i32 %917, i32 %918
	%920 = icmp slt i32 %911, 0
	%921 = sub i32 0, %911
	%922 = sub i32 64, 1
	%923 = add i32 %921, %922
	%924 = sdiv i32 %923, 64
	%925 = sub i32 0, %924
	%926 = sdiv i32 %911, 64
	%927 = select i1 %920, i32 %925, i32 %926
	%928 = icmp slt i32 %900, %NQ
	br i1 %928, label %1039, label %1040

929:
	%930 = phi i32 [ %0, %897 ], [ %980, %975 ]
	%931 = phi i32 [ 0, %897 ], [ %979, %975 ]
	%932 = icmp slt i32 %930, %14
	br i1 %932, label %933, label %935

933:
	%934 = icmp slt i32 %930, %NK
	br i1 %934, label %959, label %975

935:
	%936 = and i32 %0, 31
	%937 = lshr i32 %0, 5
	%938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %931, i32 1, i32 0)
	%939 = icmp uge i32 %936, 1
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %931, %940
	%942 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %941, i32 2, i32 0)
	%943 = icmp uge i32 %936, 2
	%944 = select i1 %943, i32 %942, i32 0
	%945 = add i32 %941, %944
	%946 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %945, i32 4, i32 0)
	%947 = icmp uge i32 %936, 4
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %945, %948
	%950 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %949, i32 8, i32 0)
	%951 = icmp uge i32 %936, 8
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %949, %952
	%954 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %953, i32 16, i32 0)
	%955 = icmp uge i32 %936, 16
	%956 = select i1 %955, i32 %954, i32 0
	%957 = add i32 %953, %956
	%958 = icmp eq i32 %936, 31
	br i1 %958, label %981, label %983

959:
	%960 = add i32 %761, %930
	%961 = sext i32 %960 to i64
	%962 = getelementptr float, float* %e, i64 %961
	%963 = load float, float* %962
	%964 = fcmp oge float %963, 0.0
	%965 = icmp sge i32 %930, %777
	%966 = icmp sle i32 %930, %785
	%967 = and i1 %965, %966
	%968 = or i1 false, %967
	%969 = icmp eq i32 %930, 0
	%970 = or i1 %968, %969
	%971 = bitcast float %963 to i32
	%972 = add i32 %971, 2
	%973 = select i1 %970, i32 1, i32 %972
	%974 = select i1 %964, i32 %973, i32 0
	br label %975

975:
	%976 = phi i32 [ 0, %933 ], [ %974, %959 ]
	%977 = icmp eq i32 %976, %7
	%978 = zext i1 %977 to i32
	%979 = add i32 %931, %978
	%980 = add i32 %930, 256
	br label %929

981:
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %937
	store i32 %957, i32 addrspace(3)* %982
	br label %983

983:
	call void @llvm.nvvm.barrier0()
	%984 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%985 = load i32, i32 addrspace(3)* %984
	%986 = icmp sgt i32 %937, 0
	%987 = select i1 %986, i32 %985, i32 0
	%988 = add i32 0, %987
	%989 = add i32 0, %985
	%990 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%991 = load i32, i32 addrspace(3)* %990
	%992 = icmp sgt i32 %937, 1
	%993 = select i1 %992, i32 %991, i32 0
	%994 = add i32 %988, %993
	%995 = add i32 %989, %991
	%996 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%997 = load i32, i32 addrspace(3)* %996
	%998 = icmp sgt i32 %937, 2
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = add i32 %994, %999
	%1001 = add i32 %995, %997
	%1002 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%1003 = load i32, i32 addrspace(3)* %1002
	%1004 = icmp sgt i32 %937, 3
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = add i32 %1000, %1005
	%1007 = add i32 %1001, %1003
	%1008 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%1009 = load i32, i32 addrspace(3)* %1008
	%1010 = icmp sgt i32 %937, 4
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = add i32 %1006, %1011
	%1013 = add i32 %1007, %1009
	%1014 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%1015 = load i32, i32 addrspace(3)* %1014
	%1016 = icmp sgt i32 %937, 5
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1012, %1017
	%1019 = add i32 %1013, %1015
	%1020 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%1021 = load i32, i32 addrspace(3)* %1020
	%1022 = icmp sgt i32 %937, 6
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1018, %1023
	%1025 = add i32 %1019, %1021
	%1026 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%1027 = load i32, i32 addrspace(3)* %1026
	%1028 = icmp sgt i32 %937, 7
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = add i32 %1024, %1029
	%1031 = add i32 %1025, %1027
	%1032 = add i32 %1030, %957
	%1033 = sub i32 %1032, %931
	%1034 = icmp eq i32 %0, 0
	br i1 %1034, label %1035, label %1038

1035:
	%1036 = sext i32 %760 to i64
	%1037 = getelementptr i32, i32* %ties, i64 %1036
	store i32 %1031, i32* %1037
	br label %1038

1038:
	br label %898

1039:
	br label %1041

1040:
	ret void

1041:
	%1042 = phi i32 [ %0, %1039 ], [ %1092, %1087 ]
	%1043 = phi i32 [ 0, %1039 ], [ %1091, %1087 ]
	%1044 = icmp slt i32 %1042, %14
	br i1 %1044, label %1045, label %1047

1045:
	%1046 = icmp slt i32 %1042, %NK
	br i1 %1046, label %1071, label %1087

1047:
	%1048 = and i32 %0, 31
	%1049 = lshr i32 %0, 5
	%1050 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1043, i32 1, i32 0)
	%1051 = icmp uge i32 %1048, 1
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1043, %1052
	%1054 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1053, i32 2, i32 0)
	%1055 = icmp uge i32 %1048, 2
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1053, %1056
	%1058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1057, i32 4, i32 0)
	%1059 = icmp uge i32 %1048, 4
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1057, %1060
	%1062 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1061, i32 8, i32 0)
	%1063 = icmp uge i32 %1048, 8
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1061, %1064
	%1066 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1065, i32 16, i32 0)
	%1067 = icmp uge i32 %1048, 16
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1065, %1068
	%1070 = icmp eq i32 %1048, 31
	br i1 %1070, label %1093, label %1095

1071:
	%1072 = add i32 %903, %1042
	%1073 = sext i32 %1072 to i64
	%1074 = getelementptr float, float* %e, i64 %1073
	%1075 = load float, float* %1074
	%1076 = fcmp oge float %1075, 0.0
	%1077 = icmp sge i32 %1042, %919
	%1078 = icmp sle i32 %1042, %927
	%1079 = and i1 %1077, %1078
	%1080 = or i1 false, %1079
	%1081 = icmp eq i32 %1042, 0
	%1082 = or i1 %1080, %1081
	%1083 = bitcast float %1075 to i32
	%1084 = add i32 %1083, 2
	%1085 = select i1 %1082, i32 1, i32 %1084
	%1086 = select i1 %1076, i32 %1085, i32 0
	br label %1087

1087:
	%1088 = phi i32 [ 0, %1045 ], [ %1086, %1071 ]
	%1089 = icmp eq i32 %1088, %7
	%1090 = zext i1 %1089 to i32
	%1091 = add i32 %1043, %1090
	%1092 = add i32 %1042, 256
	br label %1041

1093:
	%1094 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %1049
	store i32 %1069, i32 addrspace(3)* %1094
	br label %1095

1095:
	call void @llvm.nvvm.barrier0()
	%1096 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%1097 = load i32, i32 addrspace(3)* %1096
	%1098 = icmp sgt i32 %1049, 0
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 0, %1099
	%1101 = add i32 0, %1097
	%1102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%1103 = load i32, i32 addrspace(3)* %1102
	%1104 = icmp sgt i32 %1049, 1
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1100, %1105
	%1107 = add i32 %1101, %1103
	%1108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%1109 = load i32, i32 addrspace(3)* %1108
	%1110 = icmp sgt i32 %1049, 2
	%1111 = select i1 %1110, i32 %1109, i32 0
	%1112 = add i32 %1106, %1111
	%1113 = add i32 %1107, %1109
	%1114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%1115 = load i32, i32 addrspace(3)* %1114
	%1116 = icmp sgt i32 %1049, 3
	%1117 = select i1 %1116, i32 %1115, i32 0
	%1118 = add i32 %1112, %1117
	%1119 = add i32 %1113, %1115
	%1120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = icmp sgt i32 %1049, 4
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = add i32 %1118, %1123
	%1125 = add i32 %1119, %1121
	%1126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%1127 = load i32, i32 addrspace(3)* %1126
	%1128 = icmp sgt i32 %1049, 5
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = add i32 %1124, %1129
	%1131 = add i32 %1125, %1127
	%1132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%1133 = load i32, i32 addrspace(3)* %1132
	%1134 = icmp sgt i32 %1049, 6
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = add i32 %1130, %1135
	%1137 = add i32 %1131, %1133
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%1139 = load i32, i32 addrspace(3)* %1138
	%1140 = icmp sgt i32 %1049, 7
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = add i32 %1136, %1141
	%1143 = add i32 %1137, %1139
	%1144 = add i32 %1142, %1069
	%1145 = sub i32 %1144, %1043
	%1146 = icmp eq i32 %0, 0
	br i1 %1146, label %1147, label %1150

1147:
	%1148 = sext i32 %902 to i64
	%1149 = getelementptr i32, i32* %ties, i64 %1148
	store i32 %1143, i32* %1149
	br label %1150

1150:
	br label %1040
}

define ptx_kernel void @best_select1_scan(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	br label %12

12:
	%13 = phi i32 [ 0, %entry ], [ %113, %111 ]
	%14 = phi i32 [ 0, %entry ], [ %112, %111 ]
	%15 = icmp slt i32 %13, %R
	br i1 %15, label %16, label %23

16:
	%17 = add i32 %13, %0
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 0
	%20 = add i32 %7, %19
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %ties, i64 %21
	br i1 %18, label %24, label %26

23:
	ret void

24:
	%25 = load i32, i32* %22
	br label %26

26:
	%27 = phi i32 [ 0, %16 ], [ %25, %24 ]
	%28 = and i32 %0, 31
	%29 = lshr i32 %0, 5
	%30 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%31 = icmp uge i32 %28, 1
	%32 = select i1 %31, i32 %30, i32 0
	%33 = add i32 %27, %32
	%34 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %33, i32 2, i32 0)
	%35 = icmp uge i32 %28, 2
	%36 = select i1 %35, i32 %34, i32 0
	%37 = add i32 %33, %36
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %37, i32 4, i32 0)
	%39 = icmp uge i32 %28, 4
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %37, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 8, i32 0)
	%43 = icmp uge i32 %28, 8
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 16, i32 0)
	%47 = icmp uge i32 %28, 16
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = icmp eq i32 %28, 31
	br i1 %50, label %51, label %53

51:
	%52 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 %29
	store i32 %49, i32 addrspace(3)* %52
	br label %53

53:
	call void @llvm.nvvm.barrier0()
	%54 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 0
	%55 = load i32, i32 addrspace(3)* %54
	%56 = icmp sgt i32 %29, 0
	%57 = select i1 %56, i32 %55, i32 0
	%58 = add i32 0, %57
	%59 = add i32 0, %55
	%60 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 1
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp sgt i32 %29, 1
	%63 = select i1 %62, i32 %61, i32 0
	%64 = add i32 %58, %63
	%65 = add i32 %59, %61
	%66 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 2
	%67 = load i32, i32 addrspace(3)* %66
	%68 = icmp sgt i32 %29, 2
	%69 = select i1 %68, i32 %67, i32 0
	%70 = add i32 %64, %69
	%71 = add i32 %65, %67
	%72 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 3
	%73 = load i32, i32 addrspace(3)* %72
	%74 = icmp sgt i32 %29, 3
	%75 = select i1 %74, i32 %73, i32 0
	%76 = add i32 %70, %75
	%77 = add i32 %71, %73
	%78 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 4
	%79 = load i32, i32 addrspace(3)* %78
	%80 = icmp sgt i32 %29, 4
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %76, %81
	%83 = add i32 %77, %79
	%84 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 5
	%85 = load i32, i32 addrspace(3)* %84
	%86 = icmp sgt i32 %29, 5
	%87 = select i1 %86, i32 %85, i32 0
	%88 = add i32 %82, %87
	%89 = add i32 %83, %85
	%90 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 6
	%91 = load i32, i32 addrspace(3)* %90
	%92 = icmp sgt i32 %29, 6
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %88, %93
	%95 = add i32 %89, %91
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 7
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %29, 7
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 %94, %99
	%101 = add i32 %95, %97
	%102 = add i32 %100, %49
	%103 = sub i32 %102, %27
	%104 = add i32 %14, %103
	%105 = sub i32 %11, %104
	%106 = icmp slt i32 %105, %27
	%107 = select i1 %106, i32 %105, i32 %27
	%108 = icmp sgt i32 %107, 0
	%109 = select i1 %108, i32 %107, i32 0
	br i1 %18, label %110, label %111

110:
	store i32 %109, i32* %22
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = add i32 %14, %101
	%113 = add i32 %13, 256
	br label %12
}

define ptx_kernel void @best_select1_take(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = add i32 %19, %off
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = icmp slt i32 %22, %M
	%24 = select i1 %23, i32 %22, i32 %M
	%25 = sub i32 %24, 1
	%26 = add i32 %25, %off
	%27 = icmp slt i32 %20, 0
	%28 = sub i32 0, %20
	%29 = sub i32 64, 1
	%30 = add i32 %28, %29
	%31 = sdiv i32 %30, 64
	%32 = sub i32 0, %31
	%33 = sdiv i32 %20, 64
	%34 = select i1 %27, i32 %32, i32 %33
	%35 = icmp slt i32 %26, 0
	%36 = sub i32 0, %26
	%37 = sub i32 64, 1
	%38 = add i32 %36, %37
	%39 = sdiv i32 %38, 64
	%40 = sub i32 0, %39
	%41 = sdiv i32 %26, 64
	%42 = select i1 %35, i32 %40, i32 %41
	br label %43

43:
	%44 = phi i32 [ %0, %entry ], [ %82, %79 ]
	%45 = icmp slt i32 %44, %16
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %44, %NK
	br i1 %47, label %63, label %79

48:
	%49 = mul i32 0, 8
	%50 = sext i32 %49 to i64
	%51 = getelementptr i32, i32* %state, i64 %50
	%52 = load i32, i32* %51
	%53 = sext i32 %18 to i64
	%54 = getelementptr i32, i32* %ties, i64 %53
	%55 = load i32, i32* %54
	%56 = mul i32 %18, 2
	%57 = add i32 %56, 1
	%58 = sext i32 %57 to i64
	%59 = getelementptr i32, i32* %cnt, i64 %58
	%60 = load i32, i32* %59
	call void @llvm.nvvm.barrier0()
	%61 = shl i32 1, %3
	%62 = sub i32 %61, 1
	br label %83

63:
	%64 = add i32 %11, %44
	%65 = sext i32 %64 to i64
	%66 = getelementptr float, float* %e, i64 %65
	%67 = load float, float* %66
	%68 = fcmp oge float %67, 0.0
	%69 = icmp sge i32 %44, %34
	%70 = icmp sle i32 %44, %42
	%71 = and i1 %69, %70
	%72 = or i1 false, %71
	%73 = icmp eq i32 %44, 0
	%74 = or i1 %72, %73
	%75 = bitcast float %67 to i32
	%76 = add i32 %75, 2
	%77 = select i1 %74, i32 1, i32 %76
	%78 = select i1 %68, i32 %77, i32 0
	br label %79

79:
	%80 = phi i32 [ 0, %46 ], [ %78, %63 ]
	%81 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %44
	store i32 %80, i32 addrspace(3)* %81
	%82 = add i32 %44, 256
	br label %43

83:
	%84 = phi i32 [ 0, %48 ], [ %138, %137 ]
	%85 = icmp slt i32 %84, %16
	br i1 %85, label %86, label %95

86:
	%87 = add i32 %84, %0
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %87
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp ugt i32 %89, %52
	%91 = icmp eq i32 %89, %52
	%92 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %90)
	%93 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %91)
	%94 = icmp eq i32 %3, 0
	br i1 %94, label %129, label %137

95:
	call void @llvm.nvvm.barrier0()
	%96 = sdiv i32 %16, 256
	%97 = mul i32 %96, 8
	%98 = icmp slt i32 %0, %97
	%99 = select i1 %98, i32 %0, i32 0
	%100 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %99
	%101 = load i32, i32 addrspace(3)* %100
	%102 = select i1 %98, i32 %101, i32 0
	%103 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %99
	%104 = load i32, i32 addrspace(3)* %103
	%105 = select i1 %98, i32 %104, i32 0
	%106 = and i32 %0, 31
	%107 = lshr i32 %0, 5
	%108 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %105, i32 1, i32 0)
	%109 = icmp uge i32 %106, 1
	%110 = select i1 %109, i32 %108, i32 0
	%111 = add i32 %105, %110
	%112 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %111, i32 2, i32 0)
	%113 = icmp uge i32 %106, 2
	%114 = select i1 %113, i32 %112, i32 0
	%115 = add i32 %111, %114
	%116 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %115, i32 4, i32 0)
	%117 = icmp uge i32 %106, 4
	%118 = select i1 %117, i32 %116, i32 0
	%119 = add i32 %115, %118
	%120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %119, i32 8, i32 0)
	%121 = icmp uge i32 %106, 8
	%122 = select i1 %121, i32 %120, i32 0
	%123 = add i32 %119, %122
	%124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %123, i32 16, i32 0)
	%125 = icmp uge i32 %106, 16
	%126 = select i1 %125, i32 %124, i32 0
	%127 = add i32 %123, %126
	%128 = icmp eq i32 %106, 31
	br i1 %128, label %139, label %141

129:
	%130 = sdiv i32 %84, 256
	%131 = mul i32 %130, 8
	%132 = add i32 %131, %4
	%133 = call i32 @llvm.ctpop.i32(i32 %92)
	%134 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %132
	store i32 %133, i32 addrspace(3)* %134
	%135 = call i32 @llvm.ctpop.i32(i32 %93)
	%136 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %132
	store i32 %135, i32 addrspace(3)* %136
	br label %137

137:
	%138 = add i32 %84, 256
	br label %83

139:
	%140 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 %107
	store i32 %127, i32 addrspace(3)* %140
	br label %141

141:
	call void @llvm.nvvm.barrier0()
	%142 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 0
	%143 = load i32, i32 addrspace(3)* %142
	%144 = icmp sgt i32 %107, 0
	%145 = select i1 %144, i32 %143, i32 0
	%146 = add i32 0, %145
	%147 = add i32 0, %143
	%148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 1
	%149 = load i32, i32 addrspace(3)* %148
	%150 = icmp sgt i32 %107, 1
	%151 = select i1 %150, i32 %149, i32 0
	%152 = add i32 %146, %151
	%153 = add i32 %147, %149
	%154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 2
	%155 = load i32, i32 addrspace(3)* %154
	%156 = icmp sgt i32 %107, 2
	%157 = select i1 %156, i32 %155, i32 0
	%158 = add i32 %152, %157
	%159 = add i32 %153, %155
	%160 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 3
	%161 = load i32, i32 addrspace(3)* %160
	%162 = icmp sgt i32 %107, 3
	%163 = select i1 %162, i32 %161, i32 0
	%164 = add i32 %158, %163
	%165 = add i32 %159, %161
	%166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 4
	%167 = load i32, i32 addrspace(3)* %166
	%168 = icmp sgt i32 %107, 4
	%169 = select i1 %168, i32 %167, i32 0
	%170 = add i32 %164, %169
	%171 = add i32 %165, %167
	%172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 5
	%173 = load i32, i32 addrspace(3)* %172
	%174 = icmp sgt i32 %107, 5
	%175 = select i1 %174, i32 %173, i32 0
	%176 = add i32 %170, %175
	%177 = add i32 %171, %173
	%178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 6
	%179 = load i32, i32 addrspace(3)* %178
	%180 = icmp sgt i32 %107, 6
	%181 = select i1 %180, i32 %179, i32 0
	%182 = add i32 %176, %181
	%183 = add i32 %177, %179
	%184 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 7
	%185 = load i32, i32 addrspace(3)* %184
	%186 = icmp sgt i32 %107, 7
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %182, %187
	%189 = add i32 %183, %185
	%190 = add i32 %188, %127
	%191 = sub i32 %190, %105
	%192 = sub i32 %55, %191
	%193 = icmp sgt i32 %192, 0
	%194 = select i1 %193, i32 %192, i32 0
	%195 = icmp slt i32 %194, %105
	%196 = select i1 %195, i32 %194, i32 %105
	%197 = add i32 %102, %196
	%198 = and i32 %0, 31
	%199 = lshr i32 %0, 5
	%200 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %197, i32 1, i32 0)
	%201 = icmp uge i32 %198, 1
	%202 = select i1 %201, i32 %200, i32 0
	%203 = add i32 %197, %202
	%204 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %203, i32 2, i32 0)
	%205 = icmp uge i32 %198, 2
	%206 = select i1 %205, i32 %204, i32 0
	%207 = add i32 %203, %206
	%208 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %207, i32 4, i32 0)
	%209 = icmp uge i32 %198, 4
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %207, %210
	%212 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %211, i32 8, i32 0)
	%213 = icmp uge i32 %198, 8
	%214 = select i1 %213, i32 %212, i32 0
	%215 = add i32 %211, %214
	%216 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %215, i32 16, i32 0)
	%217 = icmp uge i32 %198, 16
	%218 = select i1 %217, i32 %216, i32 0
	%219 = add i32 %215, %218
	%220 = icmp eq i32 %198, 31
	br i1 %220, label %221, label %223

221:
	%222 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 %199
	store i32 %219, i32 addrspace(3)* %222
	br label %223

223:
	call void @llvm.nvvm.barrier0()
	%224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 0
	%225 = load i32, i32 addrspace(3)* %224
	%226 = icmp sgt i32 %199, 0
	%227 = select i1 %226, i32 %225, i32 0
	%228 = add i32 0, %227
	%229 = add i32 0, %225
	%230 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 1
	%231 = load i32, i32 addrspace(3)* %230
	%232 = icmp sgt i32 %199, 1
	%233 = select i1 %232, i32 %231, i32 0
	%234 = add i32 %228, %233
	%235 = add i32 %229, %231
	%236 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 2
	%237 = load i32, i32 addrspace(3)* %236
	%238 = icmp sgt i32 %199, 2
	%239 = select i1 %238, i32 %237, i32 0
	%240 = add i32 %234, %239
	%241 = add i32 %235, %237
	%242 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 3
	%243 = load i32, i32 addrspace(3)* %242
	%244 = icmp sgt i32 %199, 3
	%245 = select i1 %244, i32 %243, i32 0
	%246 = add i32 %240, %245
	%247 = add i32 %241, %243
	%248 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 4
	%249 = load i32, i32 addrspace(3)* %248
	%250 = icmp sgt i32 %199, 4
	%251 = select i1 %250, i32 %249, i32 0
	%252 = add i32 %246, %251
	%253 = add i32 %247, %249
	%254 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 5
	%255 = load i32, i32 addrspace(3)* %254
	%256 = icmp sgt i32 %199, 5
	%257 = select i1 %256, i32 %255, i32 0
	%258 = add i32 %252, %257
	%259 = add i32 %253, %255
	%260 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 6
	%261 = load i32, i32 addrspace(3)* %260
	%262 = icmp sgt i32 %199, 6
	%263 = select i1 %262, i32 %261, i32 0
	%264 = add i32 %258, %263
	%265 = add i32 %259, %261
	%266 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 7
	%267 = load i32, i32 addrspace(3)* %266
	%268 = icmp sgt i32 %199, 7
	%269 = select i1 %268, i32 %267, i32 0
	%270 = add i32 %264, %269
	%271 = add i32 %265, %267
	%272 = add i32 %270, %219
	%273 = sub i32 %272, %197
	br i1 %98, label %274, label %277

274:
	%275 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %0
	store i32 %273, i32 addrspace(3)* %275
	%276 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %0
	store i32 %191, i32 addrspace(3)* %276
	br label %277

277:
	call void @llvm.nvvm.barrier0()
	br label %278

278:
	%279 = phi i32 [ 0, %277 ], [ %318, %317 ]
	%280 = icmp slt i32 %279, %16
	br i1 %280, label %281, label %306

281:
	%282 = add i32 %279, %0
	%283 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %282
	%284 = load i32, i32 addrspace(3)* %283
	%285 = icmp ugt i32 %284, %52
	%286 = icmp eq i32 %284, %52
	%287 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %285)
	%288 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %286)
	%289 = sdiv i32 %279, 256
	%290 = mul i32 %289, 8
	%291 = add i32 %290, %4
	%292 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %291
	%293 = load i32, i32 addrspace(3)* %292
	%294 = and i32 %288, %62
	%295 = call i32 @llvm.ctpop.i32(i32 %294)
	%296 = add i32 %293, %295
	%297 = icmp slt i32 %296, %55
	%298 = and i1 %286, %297
	%299 = or i1 %285, %298
	%300 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %299)
	%301 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %291
	%302 = load i32, i32 addrspace(3)* %301
	%303 = and i32 %300, %62
	%304 = call i32 @llvm.ctpop.i32(i32 %303)
	%305 = add i32 %302, %304
	br i1 %299, label %314, label %317

306:
	call void @llvm.nvvm.barrier0()
	%307 = sub i32 %271, 1
	%308 = call i32 @llvm.ctlz.i32(i32 %307, i1 false)
	%309 = icmp sgt i32 %271, 1
	%310 = sub i32 32, %308
	%311 = select i1 %309, i32 %310, i32 0
	%312 = shl i32 1, %311
	%313 = add i32 %271, %0
	br label %319

314:
	%315 = add i32 %279, %0
	%316 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %305
	store i32 %315, i32 addrspace(3)* %316
	br label %317

317:
	%318 = add i32 %279, 256
	br label %278

319:
	%320 = phi i32 [ %313, %306 ], [ %324, %322 ]
	%321 = icmp slt i32 %320, %312
	br i1 %321, label %322, label %325

322:
	%323 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %320
	store i32 -1, i32 addrspace(3)* %323
	%324 = add i32 %320, 256
	br label %319

325:
	call void @llvm.nvvm.barrier0()
	%326 = add i32 %311, 1
	br label %327

327:
	%328 = phi i32 [ 1, %325 ], [ %344, %343 ]
	%329 = icmp slt i32 %328, %326
	br i1 %329, label %330, label %332

330:
	%331 = shl i32 1, %328
	br label %333

332:
	br label %385

333:
	%334 = phi i32 [ 0, %330 ], [ %379, %378 ]
	%335 = icmp slt i32 %334, %328
	br i1 %335, label %336, label %343

336:
	%337 = sub i32 %328, 1
	%338 = sub i32 %337, %334
	%339 = shl i32 1, %338
	%340 = sub i32 %328, 1
	%341 = sub i32 %340, %334
	%342 = lshr i32 %312, 1
	br label %345

343:
	%344 = add i32 %328, 1
	br label %327

345:
	%346 = phi i32 [ %0, %336 ], [ %384, %383 ]
	%347 = icmp slt i32 %346, %342
	br i1 %347, label %348, label %378

348:
	%349 = lshr i32 %346, %341
	%350 = add i32 %341, 1
	%351 = shl i32 %349, %350
	%352 = sub i32 %339, 1
	%353 = and i32 %346, %352
	%354 = or i32 %351, %353
	%355 = or i32 %354, %339
	%356 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %354
	%357 = load i32, i32 addrspace(3)* %356
	%358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %355
	%359 = load i32, i32 addrspace(3)* %358
	%360 = and i32 %354, %331
	%361 = icmp eq i32 %360, 0
	%362 = icmp sge i32 %359, 0
	%363 = select i1 %362, i32 %359, i32 0
	%364 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %363
	%365 = load i32, i32 addrspace(3)* %364
	%366 = select i1 %362, i32 %365, i32 0
	%367 = icmp sge i32 %357, 0
	%368 = select i1 %367, i32 %357, i32 0
	%369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %368
	%370 = load i32, i32 addrspace(3)* %369
	%371 = select i1 %367, i32 %370, i32 0
	%372 = icmp ugt i32 %366, %371
	%373 = icmp eq i32 %366, %371
	%374 = icmp slt i32 %359, %357
	%375 = and i1 %373, %374
	%376 = or i1 %372, %375
	%377 = icmp eq i1 %376, %361
	br i1 %377, label %380, label %383

378:
	call void @llvm.nvvm.barrier0()
	%379 = add i32 %334, 1
	br label %333

380:
	%381 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %354
	store i32 %359, i32 addrspace(3)* %381
	%382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %355
	store i32 %357, i32 addrspace(3)* %382
	br label %383

383:
	%384 = add i32 %346, 256
	br label %345

385:
	%386 = phi i32 [ %0, %332 ], [ %399, %388 ]
	%387 = icmp slt i32 %386, %271
	br i1 %387, label %388, label %400

388:
	%389 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %386
	%390 = load i32, i32 addrspace(3)* %389
	%391 = add i32 %60, %386
	%392 = add i32 %13, %391
	%393 = sext i32 %392 to i64
	%394 = getelementptr i32, i32* %list, i64 %393
	store i32 %390, i32* %394
	%395 = add i32 %13, %NK
	%396 = add i32 %395, %391
	%397 = sext i32 %396 to i64
	%398 = getelementptr i32, i32* %list, i64 %397
	store i32 0, i32* %398
	%399 = add i32 %386, 256
	br label %385

400:
	%401 = add i32 %60, %271
	%402 = add i32 %401, %0
	br label %403

403:
	%404 = phi i32 [ %402, %400 ], [ %414, %406 ]
	%405 = icmp slt i32 %404, %NK
	br i1 %405, label %406, label %415

406:
	%407 = add i32 %13, %404
	%408 = sext i32 %407 to i64
	%409 = getelementptr i32, i32* %list, i64 %408
	store i32 -1, i32* %409
	%410 = add i32 %13, %NK
	%411 = add i32 %410, %404
	%412 = sext i32 %411 to i64
	%413 = getelementptr i32, i32* %list, i64 %412
	store i32 -1, i32* %413
	%414 = add i32 %404, 256
	br label %403

415:
	ret void
}

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @best_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @best_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @best_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = mul i32 %23, %NK
	%47 = mul i32 %46, 64
	%48 = sext i32 %47 to i64
	%49 = getelementptr i16, i16* %kbar, i64 %48
	%50 = mul i32 %23, %NK
	%51 = mul i32 %50, 64
	%52 = sext i32 %51 to i64
	%53 = getelementptr i16, i16* %vbar, i64 %52
	%54 = mul i32 %22, %NQ
	%55 = add i32 %54, %20
	%56 = mul i32 %55, %NK
	%57 = add i32 %41, 0
	%58 = sext i32 %57 to i64
	%59 = getelementptr i32, i32* %list, i64 %58
	%60 = load i32, i32* %59
	%61 = icmp sgt i32 %NK, 0
	%62 = icmp sge i32 %60, 0
	%63 = and i1 %61, %62
	%64 = lshr i32 %2, 3
	%65 = and i32 %2, 7
	%66 = and i32 %64, 7
	%67 = xor i32 %65, %66
	%68 = mul i32 %64, 8
	%69 = add i32 %68, %67
	%70 = shl i32 %69, 4
	%71 = add i32 %0, %70
	%72 = add i32 %24, %64
	%73 = mul i32 %72, 64
	%74 = mul i32 %65, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %28, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %28
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %28
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %28
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %28
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %63, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %4, 7
	%103 = lshr i32 %4, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %4, 4
	%108 = mul i32 %3, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %0, %111
	%113 = and i32 %4, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = xor i32 %116, 0
	%118 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %117)
	%119 = extractvalue { i32, i32, i32, i32 } %118, 0
	%120 = extractvalue { i32, i32, i32, i32 } %118, 1
	%121 = extractvalue { i32, i32, i32, i32 } %118, 2
	%122 = extractvalue { i32, i32, i32, i32 } %118, 3
	%123 = xor i32 %116, 32
	%124 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %123)
	%125 = extractvalue { i32, i32, i32, i32 } %124, 0
	%126 = extractvalue { i32, i32, i32, i32 } %124, 1
	%127 = extractvalue { i32, i32, i32, i32 } %124, 2
	%128 = extractvalue { i32, i32, i32, i32 } %124, 3
	%129 = xor i32 %116, 64
	%130 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %129)
	%131 = extractvalue { i32, i32, i32, i32 } %130, 0
	%132 = extractvalue { i32, i32, i32, i32 } %130, 1
	%133 = extractvalue { i32, i32, i32, i32 } %130, 2
	%134 = extractvalue { i32, i32, i32, i32 } %130, 3
	%135 = xor i32 %116, 96
	%136 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %135)
	%137 = extractvalue { i32, i32, i32, i32 } %136, 0
	%138 = extractvalue { i32, i32, i32, i32 } %136, 1
	%139 = extractvalue { i32, i32, i32, i32 } %136, 2
	%140 = extractvalue { i32, i32, i32, i32 } %136, 3
	call void @llvm.nvvm.barrier0()
	%141 = icmp sge i32 %60, %NK
	%142 = select i1 %141, i16* %49, i16* %32
	%143 = sub i32 %60, %NK
	%144 = select i1 %141, i32 %143, i32 %60
	%145 = mul i32 %144, 64
	%146 = select i1 %141, i32 %NK, i32 %N
	%147 = lshr i32 %2, 3
	%148 = and i32 %2, 7
	%149 = and i32 %147, 7
	%150 = xor i32 %148, %149
	%151 = mul i32 %147, 8
	%152 = add i32 %151, %150
	%153 = shl i32 %152, 4
	%154 = add i32 %0, %153
	%155 = add i32 %145, %147
	%156 = mul i32 %155, 64
	%157 = mul i32 %148, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %142, i64 %159
	%161 = add i32 %155, 0
	%162 = icmp slt i32 %161, %146
	%163 = getelementptr i16, i16* %160, i64 0
	%164 = select i1 %162, i16* %163, i16* %142
	%165 = add i32 %154, 0
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %155, 16
	%168 = icmp slt i32 %167, %146
	%169 = getelementptr i16, i16* %160, i64 1024
	%170 = select i1 %168, i16* %169, i16* %142
	%171 = add i32 %154, 2048
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %155, 32
	%174 = icmp slt i32 %173, %146
	%175 = getelementptr i16, i16* %160, i64 2048
	%176 = select i1 %174, i16* %175, i16* %142
	%177 = add i32 %154, u0x1000
	%178 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %177, i16* %176, i32 %178)
	%179 = add i32 %155, 48
	%180 = icmp slt i32 %179, %146
	%181 = getelementptr i16, i16* %160, i64 3072
	%182 = select i1 %180, i16* %181, i16* %142
	%183 = add i32 %154, 6144
	%184 = select i1 %180, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %183, i16* %182, i32 %184)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%185 = phi i32 [ 0, %prologue ], [ %1606, %pv ]
	%186 = phi i32 [ %60, %prologue ], [ %1613, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1898, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1899, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1900, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1901, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1905, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1906, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1915, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1916, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1917, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1918, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1920, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1921, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%219 = phi float [ 0xFFF0000000000000, %prologue ], [ %1502, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%221 = phi float [ 0xFFF0000000000000, %prologue ], [ %1554, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1605, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%223 = mul i32 %186, 64
	%224 = icmp sge i32 %186, %NK
	%225 = select i1 %224, i16* %53, i16* %36
	%226 = sub i32 %186, %NK
	%227 = select i1 %224, i32 %226, i32 %186
	%228 = mul i32 %227, 64
	%229 = select i1 %224, i32 %NK, i32 %N
	%230 = lshr i32 %2, 3
	%231 = and i32 %2, 7
	%232 = and i32 %230, 7
	%233 = xor i32 %231, %232
	%234 = mul i32 %230, 8
	%235 = add i32 %234, %233
	%236 = shl i32 %235, 4
	%237 = add i32 %1, %236
	%238 = add i32 %228, %230
	%239 = mul i32 %238, 64
	%240 = mul i32 %231, 8
	%241 = add i32 %239, %240
	%242 = sext i32 %241 to i64
	%243 = getelementptr i16, i16* %225, i64 %242
	%244 = add i32 %238, 0
	%245 = icmp slt i32 %244, %229
	%246 = getelementptr i16, i16* %243, i64 0
	%247 = select i1 %245, i16* %246, i16* %225
	%248 = add i32 %237, 0
	%249 = select i1 %245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %238, 16
	%251 = icmp slt i32 %250, %229
	%252 = getelementptr i16, i16* %243, i64 1024
	%253 = select i1 %251, i16* %252, i16* %225
	%254 = add i32 %237, 2048
	%255 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %254, i16* %253, i32 %255)
	%256 = add i32 %238, 32
	%257 = icmp slt i32 %256, %229
	%258 = getelementptr i16, i16* %243, i64 2048
	%259 = select i1 %257, i16* %258, i16* %225
	%260 = add i32 %237, u0x1000
	%261 = select i1 %257, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %260, i16* %259, i32 %261)
	%262 = add i32 %238, 48
	%263 = icmp slt i32 %262, %229
	%264 = getelementptr i16, i16* %243, i64 3072
	%265 = select i1 %263, i16* %264, i16* %225
	%266 = add i32 %237, 6144
	%267 = select i1 %263, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%268 = and i32 %4, 7
	%269 = shl i32 %107, 3
	%270 = add i32 %268, %269
	%271 = lshr i32 %4, 3
	%272 = and i32 %271, 1
	%273 = mul i32 %270, 128
	%274 = add i32 %0, %273
	%275 = and i32 %4, 7
	%276 = xor i32 %272, %275
	%277 = shl i32 %276, 4
	%278 = add i32 %274, %277
	%279 = xor i32 %278, 0
	%280 = add i32 %279, 0
	%281 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %280)
	%282 = extractvalue { i32, i32, i32, i32 } %281, 0
	%283 = extractvalue { i32, i32, i32, i32 } %281, 1
	%284 = extractvalue { i32, i32, i32, i32 } %281, 2
	%285 = extractvalue { i32, i32, i32, i32 } %281, 3
	%286 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%287 = extractvalue { float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float } %286, 3
	%291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %284, i32 %285, float 0.0, float 0.0, float 0.0, float 0.0)
	%292 = extractvalue { float, float, float, float } %291, 0
	%293 = extractvalue { float, float, float, float } %291, 1
	%294 = extractvalue { float, float, float, float } %291, 2
	%295 = extractvalue { float, float, float, float } %291, 3
	%296 = add i32 %279, 2048
	%297 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %296)
	%298 = extractvalue { i32, i32, i32, i32 } %297, 0
	%299 = extractvalue { i32, i32, i32, i32 } %297, 1
	%300 = extractvalue { i32, i32, i32, i32 } %297, 2
	%301 = extractvalue { i32, i32, i32, i32 } %297, 3
	%302 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%303 = extractvalue { float, float, float, float } %302, 0
	%304 = extractvalue { float, float, float, float } %302, 1
	%305 = extractvalue { float, float, float, float } %302, 2
	%306 = extractvalue { float, float, float, float } %302, 3
	%307 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %300, i32 %301, float 0.0, float 0.0, float 0.0, float 0.0)
	%308 = extractvalue { float, float, float, float } %307, 0
	%309 = extractvalue { float, float, float, float } %307, 1
	%310 = extractvalue { float, float, float, float } %307, 2
	%311 = extractvalue { float, float, float, float } %307, 3
	%312 = add i32 %279, u0x1000
	%313 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %312)
	%314 = extractvalue { i32, i32, i32, i32 } %313, 0
	%315 = extractvalue { i32, i32, i32, i32 } %313, 1
	%316 = extractvalue { i32, i32, i32, i32 } %313, 2
	%317 = extractvalue { i32, i32, i32, i32 } %313, 3
	%318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %314, i32 %315, float 0.0, float 0.0, float 0.0, float 0.0)
	%319 = extractvalue { float, float, float, float } %318, 0
	%320 = extractvalue { float, float, float, float } %318, 1
	%321 = extractvalue { float, float, float, float } %318, 2
	%322 = extractvalue { float, float, float, float } %318, 3
	%323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %316, i32 %317, float 0.0, float 0.0, float 0.0, float 0.0)
	%324 = extractvalue { float, float, float, float } %323, 0
	%325 = extractvalue { float, float, float, float } %323, 1
	%326 = extractvalue { float, float, float, float } %323, 2
	%327 = extractvalue { float, float, float, float } %323, 3
	%328 = add i32 %279, 6144
	%329 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %328)
	%330 = extractvalue { i32, i32, i32, i32 } %329, 0
	%331 = extractvalue { i32, i32, i32, i32 } %329, 1
	%332 = extractvalue { i32, i32, i32, i32 } %329, 2
	%333 = extractvalue { i32, i32, i32, i32 } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %330, i32 %331, float 0.0, float 0.0, float 0.0, float 0.0)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %332, i32 %333, float 0.0, float 0.0, float 0.0, float 0.0)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = xor i32 %278, 32
	%345 = add i32 %344, 0
	%346 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %345)
	%347 = extractvalue { i32, i32, i32, i32 } %346, 0
	%348 = extractvalue { i32, i32, i32, i32 } %346, 1
	%349 = extractvalue { i32, i32, i32, i32 } %346, 2
	%350 = extractvalue { i32, i32, i32, i32 } %346, 3
	%351 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %347, i32 %348, float %287, float %288, float %289, float %290)
	%352 = extractvalue { float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float } %351, 3
	%356 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %349, i32 %350, float %292, float %293, float %294, float %295)
	%357 = extractvalue { float, float, float, float } %356, 0
	%358 = extractvalue { float, float, float, float } %356, 1
	%359 = extractvalue { float, float, float, float } %356, 2
	%360 = extractvalue { float, float, float, float } %356, 3
	%361 = add i32 %344, 2048
	%362 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %361)
	%363 = extractvalue { i32, i32, i32, i32 } %362, 0
	%364 = extractvalue { i32, i32, i32, i32 } %362, 1
	%365 = extractvalue { i32, i32, i32, i32 } %362, 2
	%366 = extractvalue { i32, i32, i32, i32 } %362, 3
	%367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %363, i32 %364, float %303, float %304, float %305, float %306)
	%368 = extractvalue { float, float, float, float } %367, 0
	%369 = extractvalue { float, float, float, float } %367, 1
	%370 = extractvalue { float, float, float, float } %367, 2
	%371 = extractvalue { float, float, float, float } %367, 3
	%372 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %365, i32 %366, float %308, float %309, float %310, float %311)
	%373 = extractvalue { float, float, float, float } %372, 0
	%374 = extractvalue { float, float, float, float } %372, 1
	%375 = extractvalue { float, float, float, float } %372, 2
	%376 = extractvalue { float, float, float, float } %372, 3
	%377 = add i32 %344, u0x1000
	%378 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %377)
	%379 = extractvalue { i32, i32, i32, i32 } %378, 0
	%380 = extractvalue { i32, i32, i32, i32 } %378, 1
	%381 = extractvalue { i32, i32, i32, i32 } %378, 2
	%382 = extractvalue { i32, i32, i32, i32 } %378, 3
	%383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %379, i32 %380, float %319, float %320, float %321, float %322)
	%384 = extractvalue { float, float, float, float } %383, 0
	%385 = extractvalue { float, float, float, float } %383, 1
	%386 = extractvalue { float, float, float, float } %383, 2
	%387 = extractvalue { float, float, float, float } %383, 3
	%388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %381, i32 %382, float %324, float %325, float %326, float %327)
	%389 = extractvalue { float, float, float, float } %388, 0
	%390 = extractvalue { float, float, float, float } %388, 1
	%391 = extractvalue { float, float, float, float } %388, 2
	%392 = extractvalue { float, float, float, float } %388, 3
	%393 = add i32 %344, 6144
	%394 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %393)
	%395 = extractvalue { i32, i32, i32, i32 } %394, 0
	%396 = extractvalue { i32, i32, i32, i32 } %394, 1
	%397 = extractvalue { i32, i32, i32, i32 } %394, 2
	%398 = extractvalue { i32, i32, i32, i32 } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %395, i32 %396, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %397, i32 %398, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = xor i32 %278, 64
	%410 = add i32 %409, 0
	%411 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %410)
	%412 = extractvalue { i32, i32, i32, i32 } %411, 0
	%413 = extractvalue { i32, i32, i32, i32 } %411, 1
	%414 = extractvalue { i32, i32, i32, i32 } %411, 2
	%415 = extractvalue { i32, i32, i32, i32 } %411, 3
	%416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %412, i32 %413, float %352, float %353, float %354, float %355)
	%417 = extractvalue { float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float } %416, 3
	%421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %414, i32 %415, float %357, float %358, float %359, float %360)
	%422 = extractvalue { float, float, float, float } %421, 0
	%423 = extractvalue { float, float, float, float } %421, 1
	%424 = extractvalue { float, float, float, float } %421, 2
	%425 = extractvalue { float, float, float, float } %421, 3
	%426 = add i32 %409, 2048
	%427 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %426)
	%428 = extractvalue { i32, i32, i32, i32 } %427, 0
	%429 = extractvalue { i32, i32, i32, i32 } %427, 1
	%430 = extractvalue { i32, i32, i32, i32 } %427, 2
	%431 = extractvalue { i32, i32, i32, i32 } %427, 3
	%432 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %428, i32 %429, float %368, float %369, float %370, float %371)
	%433 = extractvalue { float, float, float, float } %432, 0
	%434 = extractvalue { float, float, float, float } %432, 1
	%435 = extractvalue { float, float, float, float } %432, 2
	%436 = extractvalue { float, float, float, float } %432, 3
	%437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %430, i32 %431, float %373, float %374, float %375, float %376)
	%438 = extractvalue { float, float, float, float } %437, 0
	%439 = extractvalue { float, float, float, float } %437, 1
	%440 = extractvalue { float, float, float, float } %437, 2
	%441 = extractvalue { float, float, float, float } %437, 3
	%442 = add i32 %409, u0x1000
	%443 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %442)
	%444 = extractvalue { i32, i32, i32, i32 } %443, 0
	%445 = extractvalue { i32, i32, i32, i32 } %443, 1
	%446 = extractvalue { i32, i32, i32, i32 } %443, 2
	%447 = extractvalue { i32, i32, i32, i32 } %443, 3
	%448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %444, i32 %445, float %384, float %385, float %386, float %387)
	%449 = extractvalue { float, float, float, float } %448, 0
	%450 = extractvalue { float, float, float, float } %448, 1
	%451 = extractvalue { float, float, float, float } %448, 2
	%452 = extractvalue { float, float, float, float } %448, 3
	%453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %446, i32 %447, float %389, float %390, float %391, float %392)
	%454 = extractvalue { float, float, float, float } %453, 0
	%455 = extractvalue { float, float, float, float } %453, 1
	%456 = extractvalue { float, float, float, float } %453, 2
	%457 = extractvalue { float, float, float, float } %453, 3
	%458 = add i32 %409, 6144
	%459 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %458)
	%460 = extractvalue { i32, i32, i32, i32 } %459, 0
	%461 = extractvalue { i32, i32, i32, i32 } %459, 1
	%462 = extractvalue { i32, i32, i32, i32 } %459, 2
	%463 = extractvalue { i32, i32, i32, i32 } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %460, i32 %461, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %462, i32 %463, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = xor i32 %278, 96
	%475 = add i32 %474, 0
	%476 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %475)
	%477 = extractvalue { i32, i32, i32, i32 } %476, 0
	%478 = extractvalue { i32, i32, i32, i32 } %476, 1
	%479 = extractvalue { i32, i32, i32, i32 } %476, 2
	%480 = extractvalue { i32, i32, i32, i32 } %476, 3
	%481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %477, i32 %478, float %417, float %418, float %419, float %420)
	%482 = extractvalue { float, float, float, float } %481, 0
	%483 = extractvalue { float, float, float, float } %481, 1
	%484 = extractvalue { float, float, float, float } %481, 2
	%485 = extractvalue { float, float, float, float } %481, 3
	%486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %479, i32 %480, float %422, float %423, float %424, float %425)
	%487 = extractvalue { float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float } %486, 3
	%491 = add i32 %474, 2048
	%492 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %491)
	%493 = extractvalue { i32, i32, i32, i32 } %492, 0
	%494 = extractvalue { i32, i32, i32, i32 } %492, 1
	%495 = extractvalue { i32, i32, i32, i32 } %492, 2
	%496 = extractvalue { i32, i32, i32, i32 } %492, 3
	%497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %493, i32 %494, float %433, float %434, float %435, float %436)
	%498 = extractvalue { float, float, float, float } %497, 0
	%499 = extractvalue { float, float, float, float } %497, 1
	%500 = extractvalue { float, float, float, float } %497, 2
	%501 = extractvalue { float, float, float, float } %497, 3
	%502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %495, i32 %496, float %438, float %439, float %440, float %441)
	%503 = extractvalue { float, float, float, float } %502, 0
	%504 = extractvalue { float, float, float, float } %502, 1
	%505 = extractvalue { float, float, float, float } %502, 2
	%506 = extractvalue { float, float, float, float } %502, 3
	%507 = add i32 %474, u0x1000
	%508 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %507)
	%509 = extractvalue { i32, i32, i32, i32 } %508, 0
	%510 = extractvalue { i32, i32, i32, i32 } %508, 1
	%511 = extractvalue { i32, i32, i32, i32 } %508, 2
	%512 = extractvalue { i32, i32, i32, i32 } %508, 3
	%513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %509, i32 %510, float %449, float %450, float %451, float %452)
	%514 = extractvalue { float, float, float, float } %513, 0
	%515 = extractvalue { float, float, float, float } %513, 1
	%516 = extractvalue { float, float, float, float } %513, 2
	%517 = extractvalue { float, float, float, float } %513, 3
	%518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %511, i32 %512, float %454, float %455, float %456, float %457)
	%519 = extractvalue { float, float, float, float } %518, 0
	%520 = extractvalue { float, float, float, float } %518, 1
	%521 = extractvalue { float, float, float, float } %518, 2
	%522 = extractvalue { float, float, float, float } %518, 3
	%523 = add i32 %474, 6144
	%524 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %523)
	%525 = extractvalue { i32, i32, i32, i32 } %524, 0
	%526 = extractvalue { i32, i32, i32, i32 } %524, 1
	%527 = extractvalue { i32, i32, i32, i32 } %524, 2
	%528 = extractvalue { i32, i32, i32, i32 } %524, 3
	%529 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %525, i32 %526, float %465, float %466, float %467, float %468)
	%530 = extractvalue { float, float, float, float } %529, 0
	%531 = extractvalue { float, float, float, float } %529, 1
	%532 = extractvalue { float, float, float, float } %529, 2
	%533 = extractvalue { float, float, float, float } %529, 3
	%534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %527, i32 %528, float %470, float %471, float %472, float %473)
	%535 = extractvalue { float, float, float, float } %534, 0
	%536 = extractvalue { float, float, float, float } %534, 1
	%537 = extractvalue { float, float, float, float } %534, 2
	%538 = extractvalue { float, float, float, float } %534, 3
	%539 = mul i32 %3, 16
	%540 = add i32 %24, %539
	%541 = add i32 %5, 0
	%542 = add i32 %540, %541
	%543 = mul i32 %3, 16
	%544 = add i32 %24, %543
	%545 = add i32 %5, 8
	%546 = add i32 %544, %545
	%547 = sitofp i32 %22 to float
	%548 = icmp sge i32 %186, %NK
	br i1 %548, label %meankeys, label %classify

epilogue:
	%549 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1605, %pv ]
	%551 = phi i32 [ 0, %entry ], [ %1606, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1898, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1899, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1900, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1901, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1905, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1906, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1915, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1916, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1917, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1918, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1920, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1921, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%584 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %549, i32 1, i32 31)
	%585 = fadd float %549, %584
	%586 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %585, i32 2, i32 31)
	%587 = fadd float %585, %586
	%588 = fcmp ogt float %587, 0.0
	%589 = fdiv float 1.0, %587
	%590 = select i1 %588, float %589, float 0.0
	%591 = mul i32 %3, 16
	%592 = add i32 %24, %591
	%593 = add i32 %5, 0
	%594 = add i32 %592, %593
	%595 = fmul float %552, %590
	%596 = fmul float %553, %590
	%597 = fmul float %556, %590
	%598 = fmul float %557, %590
	%599 = fmul float %560, %590
	%600 = fmul float %561, %590
	%601 = fmul float %564, %590
	%602 = fmul float %565, %590
	%603 = fmul float %568, %590
	%604 = fmul float %569, %590
	%605 = fmul float %572, %590
	%606 = fmul float %573, %590
	%607 = fmul float %576, %590
	%608 = fmul float %577, %590
	%609 = fmul float %580, %590
	%610 = fmul float %581, %590
	%611 = icmp slt i32 %594, %M
	br i1 %611, label %store0, label %stored0

meankeys:
	%612 = sub i32 %NK, 1
	%613 = mul i32 %612, 64
	%614 = sub i32 %N, %613
	%615 = sitofp i32 %614 to float
	%616 = call float @llvm.nvvm.lg2.approx.ftz.f(float %615)
	%617 = fmul float %616, 0x40162E4300000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %223, %619
	%621 = mul i32 %NK, 64
	%622 = sub i32 %620, %621
	%623 = icmp ult i32 %622, %NK
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %56, %624
	%626 = sext i32 %625 to i64
	%627 = getelementptr i8, i8* %comp, i64 %626
	%628 = load i8, i8* %627
	%629 = icmp ne i8 %628, 0
	%630 = and i1 %623, %629
	%631 = fmul float 6.0, 0x40162E4300000000
	%632 = add i32 %622, 1
	%633 = icmp eq i32 %632, %NK
	%634 = select i1 %633, float %617, float %631
	%635 = fadd float %482, %634
	%636 = select i1 %630, float %635, float 0xFFF0000000000000
	%637 = shl i32 %6, 1
	%638 = add i32 1, %637
	%639 = add i32 %223, %638
	%640 = mul i32 %NK, 64
	%641 = sub i32 %639, %640
	%642 = icmp ult i32 %641, %NK
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %56, %643
	%645 = sext i32 %644 to i64
	%646 = getelementptr i8, i8* %comp, i64 %645
	%647 = load i8, i8* %646
	%648 = icmp ne i8 %647, 0
	%649 = and i1 %642, %648
	%650 = fmul float 6.0, 0x40162E4300000000
	%651 = add i32 %641, 1
	%652 = icmp eq i32 %651, %NK
	%653 = select i1 %652, float %617, float %650
	%654 = fadd float %483, %653
	%655 = select i1 %649, float %654, float 0xFFF0000000000000
	%656 = fadd float %484, %634
	%657 = select i1 %630, float %656, float 0xFFF0000000000000
	%658 = fadd float %485, %653
	%659 = select i1 %649, float %658, float 0xFFF0000000000000
	%660 = shl i32 %6, 1
	%661 = add i32 8, %660
	%662 = add i32 %223, %661
	%663 = mul i32 %NK, 64
	%664 = sub i32 %662, %663
	%665 = icmp ult i32 %664, %NK
	%666 = select i1 %665, i32 %664, i32 0
	%667 = add i32 %56, %666
	%668 = sext i32 %667 to i64
	%669 = getelementptr i8, i8* %comp, i64 %668
	%670 = load i8, i8* %669
	%671 = icmp ne i8 %670, 0
	%672 = and i1 %665, %671
	%673 = fmul float 6.0, 0x40162E4300000000
	%674 = add i32 %664, 1
	%675 = icmp eq i32 %674, %NK
	%676 = select i1 %675, float %617, float %673
	%677 = fadd float %487, %676
	%678 = select i1 %672, float %677, float 0xFFF0000000000000
	%679 = shl i32 %6, 1
	%680 = add i32 9, %679
	%681 = add i32 %223, %680
	%682 = mul i32 %NK, 64
	%683 = sub i32 %681, %682
	%684 = icmp ult i32 %683, %NK
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %56, %685
	%687 = sext i32 %686 to i64
	%688 = getelementptr i8, i8* %comp, i64 %687
	%689 = load i8, i8* %688
	%690 = icmp ne i8 %689, 0
	%691 = and i1 %684, %690
	%692 = fmul float 6.0, 0x40162E4300000000
	%693 = add i32 %683, 1
	%694 = icmp eq i32 %693, %NK
	%695 = select i1 %694, float %617, float %692
	%696 = fadd float %488, %695
	%697 = select i1 %691, float %696, float 0xFFF0000000000000
	%698 = fadd float %489, %676
	%699 = select i1 %672, float %698, float 0xFFF0000000000000
	%700 = fadd float %490, %695
	%701 = select i1 %691, float %700, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 16, %702
	%704 = add i32 %223, %703
	%705 = mul i32 %NK, 64
	%706 = sub i32 %704, %705
	%707 = icmp ult i32 %706, %NK
	%708 = select i1 %707, i32 %706, i32 0
	%709 = add i32 %56, %708
	%710 = sext i32 %709 to i64
	%711 = getelementptr i8, i8* %comp, i64 %710
	%712 = load i8, i8* %711
	%713 = icmp ne i8 %712, 0
	%714 = and i1 %707, %713
	%715 = fmul float 6.0, 0x40162E4300000000
	%716 = add i32 %706, 1
	%717 = icmp eq i32 %716, %NK
	%718 = select i1 %717, float %617, float %715
	%719 = fadd float %498, %718
	%720 = select i1 %714, float %719, float 0xFFF0000000000000
	%721 = shl i32 %6, 1
	%722 = add i32 17, %721
	%723 = add i32 %223, %722
	%724 = mul i32 %NK, 64
	%725 = sub i32 %723, %724
	%726 = icmp ult i32 %725, %NK
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %56, %727
	%729 = sext i32 %728 to i64
	%730 = getelementptr i8, i8* %comp, i64 %729
	%731 = load i8, i8* %730
	%732 = icmp ne i8 %731, 0
	%733 = and i1 %726, %732
	%734 = fmul float 6.0, 0x40162E4300000000
	%735 = add i32 %725, 1
	%736 = icmp eq i32 %735, %NK
	%737 = select i1 %736, float %617, float %734
	%738 = fadd float %499, %737
	%739 = select i1 %733, float %738, float 0xFFF0000000000000
	%740 = fadd float %500, %718
	%741 = select i1 %714, float %740, float 0xFFF0000000000000
	%742 = fadd float %501, %737
	%743 = select i1 %733, float %742, float 0xFFF0000000000000
	%744 = shl i32 %6, 1
	%745 = add i32 24, %744
	%746 = add i32 %223, %745
	%747 = mul i32 %NK, 64
	%748 = sub i32 %746, %747
	%749 = icmp ult i32 %748, %NK
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %56, %750
	%752 = sext i32 %751 to i64
	%753 = getelementptr i8, i8* %comp, i64 %752
	%754 = load i8, i8* %753
	%755 = icmp ne i8 %754, 0
	%756 = and i1 %749, %755
	%757 = fmul float 6.0, 0x40162E4300000000
	%758 = add i32 %748, 1
	%759 = icmp eq i32 %758, %NK
	%760 = select i1 %759, float %617, float %757
	%761 = fadd float %503, %760
	%762 = select i1 %756, float %761, float 0xFFF0000000000000
	%763 = shl i32 %6, 1
	%764 = add i32 25, %763
	%765 = add i32 %223, %764
	%766 = mul i32 %NK, 64
	%767 = sub i32 %765, %766
	%768 = icmp ult i32 %767, %NK
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %56, %769
	%771 = sext i32 %770 to i64
	%772 = getelementptr i8, i8* %comp, i64 %771
	%773 = load i8, i8* %772
	%774 = icmp ne i8 %773, 0
	%775 = and i1 %768, %774
	%776 = fmul float 6.0, 0x40162E4300000000
	%777 = add i32 %767, 1
	%778 = icmp eq i32 %777, %NK
	%779 = select i1 %778, float %617, float %776
	%780 = fadd float %504, %779
	%781 = select i1 %775, float %780, float 0xFFF0000000000000
	%782 = fadd float %505, %760
	%783 = select i1 %756, float %782, float 0xFFF0000000000000
	%784 = fadd float %506, %779
	%785 = select i1 %775, float %784, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %223, %787
	%789 = mul i32 %NK, 64
	%790 = sub i32 %788, %789
	%791 = icmp ult i32 %790, %NK
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %56, %792
	%794 = sext i32 %793 to i64
	%795 = getelementptr i8, i8* %comp, i64 %794
	%796 = load i8, i8* %795
	%797 = icmp ne i8 %796, 0
	%798 = and i1 %791, %797
	%799 = fmul float 6.0, 0x40162E4300000000
	%800 = add i32 %790, 1
	%801 = icmp eq i32 %800, %NK
	%802 = select i1 %801, float %617, float %799
	%803 = fadd float %514, %802
	%804 = select i1 %798, float %803, float 0xFFF0000000000000
	%805 = shl i32 %6, 1
	%806 = add i32 33, %805
	%807 = add i32 %223, %806
	%808 = mul i32 %NK, 64
	%809 = sub i32 %807, %808
	%810 = icmp ult i32 %809, %NK
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %56, %811
	%813 = sext i32 %812 to i64
	%814 = getelementptr i8, i8* %comp, i64 %813
	%815 = load i8, i8* %814
	%816 = icmp ne i8 %815, 0
	%817 = and i1 %810, %816
	%818 = fmul float 6.0, 0x40162E4300000000
	%819 = add i32 %809, 1
	%820 = icmp eq i32 %819, %NK
	%821 = select i1 %820, float %617, float %818
	%822 = fadd float %515, %821
	%823 = select i1 %817, float %822, float 0xFFF0000000000000
	%824 = fadd float %516, %802
	%825 = select i1 %798, float %824, float 0xFFF0000000000000
	%826 = fadd float %517, %821
	%827 = select i1 %817, float %826, float 0xFFF0000000000000
	%828 = shl i32 %6, 1
	%829 = add i32 40, %828
	%830 = add i32 %223, %829
	%831 = mul i32 %NK, 64
	%832 = sub i32 %830, %831
	%833 = icmp ult i32 %832, %NK
	%834 = select i1 %833, i32 %832, i32 0
	%835 = add i32 %56, %834
	%836 = sext i32 %835 to i64
	%837 = getelementptr i8, i8* %comp, i64 %836
	%838 = load i8, i8* %837
	%839 = icmp ne i8 %838, 0
	%840 = and i1 %833, %839
	%841 = fmul float 6.0, 0x40162E4300000000
	%842 = add i32 %832, 1
	%843 = icmp eq i32 %842, %NK
	%844 = select i1 %843, float %617, float %841
	%845 = fadd float %519, %844
	%846 = select i1 %840, float %845, float 0xFFF0000000000000
	%847 = shl i32 %6, 1
	%848 = add i32 41, %847
	%849 = add i32 %223, %848
	%850 = mul i32 %NK, 64
	%851 = sub i32 %849, %850
	%852 = icmp ult i32 %851, %NK
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %56, %853
	%855 = sext i32 %854 to i64
	%856 = getelementptr i8, i8* %comp, i64 %855
	%857 = load i8, i8* %856
	%858 = icmp ne i8 %857, 0
	%859 = and i1 %852, %858
	%860 = fmul float 6.0, 0x40162E4300000000
	%861 = add i32 %851, 1
	%862 = icmp eq i32 %861, %NK
	%863 = select i1 %862, float %617, float %860
	%864 = fadd float %520, %863
	%865 = select i1 %859, float %864, float 0xFFF0000000000000
	%866 = fadd float %521, %844
	%867 = select i1 %840, float %866, float 0xFFF0000000000000
	%868 = fadd float %522, %863
	%869 = select i1 %859, float %868, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 48, %870
	%872 = add i32 %223, %871
	%873 = mul i32 %NK, 64
	%874 = sub i32 %872, %873
	%875 = icmp ult i32 %874, %NK
	%876 = select i1 %875, i32 %874, i32 0
	%877 = add i32 %56, %876
	%878 = sext i32 %877 to i64
	%879 = getelementptr i8, i8* %comp, i64 %878
	%880 = load i8, i8* %879
	%881 = icmp ne i8 %880, 0
	%882 = and i1 %875, %881
	%883 = fmul float 6.0, 0x40162E4300000000
	%884 = add i32 %874, 1
	%885 = icmp eq i32 %884, %NK
	%886 = select i1 %885, float %617, float %883
	%887 = fadd float %530, %886
	%888 = select i1 %882, float %887, float 0xFFF0000000000000
	%889 = shl i32 %6, 1
	%890 = add i32 49, %889
	%891 = add i32 %223, %890
	%892 = mul i32 %NK, 64
	%893 = sub i32 %891, %892
	%894 = icmp ult i32 %893, %NK
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %56, %895
	%897 = sext i32 %896 to i64
	%898 = getelementptr i8, i8* %comp, i64 %897
	%899 = load i8, i8* %898
	%900 = icmp ne i8 %899, 0
	%901 = and i1 %894, %900
	%902 = fmul float 6.0, 0x40162E4300000000
	%903 = add i32 %893, 1
	%904 = icmp eq i32 %903, %NK
	%905 = select i1 %904, float %617, float %902
	%906 = fadd float %531, %905
	%907 = select i1 %901, float %906, float 0xFFF0000000000000
	%908 = fadd float %532, %886
	%909 = select i1 %882, float %908, float 0xFFF0000000000000
	%910 = fadd float %533, %905
	%911 = select i1 %901, float %910, float 0xFFF0000000000000
	%912 = shl i32 %6, 1
	%913 = add i32 56, %912
	%914 = add i32 %223, %913
	%915 = mul i32 %NK, 64
	%916 = sub i32 %914, %915
	%917 = icmp ult i32 %916, %NK
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 %56, %918
	%920 = sext i32 %919 to i64
	%921 = getelementptr i8, i8* %comp, i64 %920
	%922 = load i8, i8* %921
	%923 = icmp ne i8 %922, 0
	%924 = and i1 %917, %923
	%925 = fmul float 6.0, 0x40162E4300000000
	%926 = add i32 %916, 1
	%927 = icmp eq i32 %926, %NK
	%928 = select i1 %927, float %617, float %925
	%929 = fadd float %535, %928
	%930 = select i1 %924, float %929, float 0xFFF0000000000000
	%931 = shl i32 %6, 1
	%932 = add i32 57, %931
	%933 = add i32 %223, %932
	%934 = mul i32 %NK, 64
	%935 = sub i32 %933, %934
	%936 = icmp ult i32 %935, %NK
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %56, %937
	%939 = sext i32 %938 to i64
	%940 = getelementptr i8, i8* %comp, i64 %939
	%941 = load i8, i8* %940
	%942 = icmp ne i8 %941, 0
	%943 = and i1 %936, %942
	%944 = fmul float 6.0, 0x40162E4300000000
	%945 = add i32 %935, 1
	%946 = icmp eq i32 %945, %NK
	%947 = select i1 %946, float %617, float %944
	%948 = fadd float %536, %947
	%949 = select i1 %943, float %948, float 0xFFF0000000000000
	%950 = fadd float %537, %928
	%951 = select i1 %924, float %950, float 0xFFF0000000000000
	%952 = fadd float %538, %947
	%953 = select i1 %943, float %952, float 0xFFF0000000000000
	br label %softmax

classify:
	%954 = add i32 %45, %186
	%955 = sext i32 %954 to i64
	%956 = getelementptr i8, i8* %cls, i64 %955
	%957 = load i8, i8* %956
	%958 = icmp ne i8 %957, 2
	br i1 %958, label %partial, label %softmax

partial:
	%959 = shl i32 %6, 1
	%960 = add i32 0, %959
	%961 = add i32 %223, %960
	%962 = icmp slt i32 %961, %N
	%963 = select i1 %962, i32 %961, i32 0
	%964 = sitofp i32 %542 to float
	%965 = sitofp i32 %963 to float
	%966 = fcmp ole float %965, %964
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %962, %968
	%970 = select i1 %969, float %482, float 0xFFF0000000000000
	%971 = shl i32 %6, 1
	%972 = add i32 1, %971
	%973 = add i32 %223, %972
	%974 = icmp slt i32 %973, %N
	%975 = select i1 %974, i32 %973, i32 0
	%976 = sitofp i32 %542 to float
	%977 = sitofp i32 %975 to float
	%978 = fcmp ole float %977, %976
	%979 = uitofp i1 %978 to float
	%980 = fcmp une float %979, 0.0
	%981 = and i1 %974, %980
	%982 = select i1 %981, float %483, float 0xFFF0000000000000
	%983 = shl i32 %6, 1
	%984 = add i32 0, %983
	%985 = add i32 %223, %984
	%986 = icmp slt i32 %985, %N
	%987 = select i1 %986, i32 %985, i32 0
	%988 = sitofp i32 %546 to float
	%989 = sitofp i32 %987 to float
	%990 = fcmp ole float %989, %988
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = and i1 %986, %992
	%994 = select i1 %993, float %484, float 0xFFF0000000000000
	%995 = shl i32 %6, 1
	%996 = add i32 1, %995
	%997 = add i32 %223, %996
	%998 = icmp slt i32 %997, %N
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = sitofp i32 %546 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %485, float 0xFFF0000000000000
	%1007 = shl i32 %6, 1
	%1008 = add i32 8, %1007
	%1009 = add i32 %223, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %542 to float
	%1013 = sitofp i32 %1011 to float
	%1014 = fcmp ole float %1013, %1012
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = and i1 %1010, %1016
	%1018 = select i1 %1017, float %487, float 0xFFF0000000000000
	%1019 = shl i32 %6, 1
	%1020 = add i32 9, %1019
	%1021 = add i32 %223, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %542 to float
	%1025 = sitofp i32 %1023 to float
	%1026 = fcmp ole float %1025, %1024
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = and i1 %1022, %1028
	%1030 = select i1 %1029, float %488, float 0xFFF0000000000000
	%1031 = shl i32 %6, 1
	%1032 = add i32 8, %1031
	%1033 = add i32 %223, %1032
	%1034 = icmp slt i32 %1033, %N
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = sitofp i32 %546 to float
	%1037 = sitofp i32 %1035 to float
	%1038 = fcmp ole float %1037, %1036
	%1039 = uitofp i1 %1038 to float
	%1040 = fcmp une float %1039, 0.0
	%1041 = and i1 %1034, %1040
	%1042 = select i1 %1041, float %489, float 0xFFF0000000000000
	%1043 = shl i32 %6, 1
	%1044 = add i32 9, %1043
	%1045 = add i32 %223, %1044
	%1046 = icmp slt i32 %1045, %N
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = sitofp i32 %546 to float
	%1049 = sitofp i32 %1047 to float
	%1050 = fcmp ole float %1049, %1048
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1046, %1052
	%1054 = select i1 %1053, float %490, float 0xFFF0000000000000
	%1055 = shl i32 %6, 1
	%1056 = add i32 16, %1055
	%1057 = add i32 %223, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %542 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = and i1 %1058, %1064
	%1066 = select i1 %1065, float %498, float 0xFFF0000000000000
	%1067 = shl i32 %6, 1
	%1068 = add i32 17, %1067
	%1069 = add i32 %223, %1068
	%1070 = icmp slt i32 %1069, %N
	%1071 = select i1 %1070, i32 %1069, i32 0
	%1072 = sitofp i32 %542 to float
	%1073 = sitofp i32 %1071 to float
	%1074 = fcmp ole float %1073, %1072
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1070, %1076
	%1078 = select i1 %1077, float %499, float 0xFFF0000000000000
	%1079 = shl i32 %6, 1
	%1080 = add i32 16, %1079
	%1081 = add i32 %223, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %546 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1082, %1088
	%1090 = select i1 %1089, float %500, float 0xFFF0000000000000
	%1091 = shl i32 %6, 1
	%1092 = add i32 17, %1091
	%1093 = add i32 %223, %1092
	%1094 = icmp slt i32 %1093, %N
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = sitofp i32 %546 to float
	%1097 = sitofp i32 %1095 to float
	%1098 = fcmp ole float %1097, %1096
	%1099 = uitofp i1 %1098 to float
	%1100 = fcmp une float %1099, 0.0
	%1101 = and i1 %1094, %1100
	%1102 = select i1 %1101, float %501, float 0xFFF0000000000000
	%1103 = shl i32 %6, 1
	%1104 = add i32 24, %1103
	%1105 = add i32 %223, %1104
	%1106 = icmp slt i32 %1105, %N
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = sitofp i32 %542 to float
	%1109 = sitofp i32 %1107 to float
	%1110 = fcmp ole float %1109, %1108
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1106, %1112
	%1114 = select i1 %1113, float %503, float 0xFFF0000000000000
	%1115 = shl i32 %6, 1
	%1116 = add i32 25, %1115
	%1117 = add i32 %223, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %542 to float
	%1121 = sitofp i32 %1119 to float
	%1122 = fcmp ole float %1121, %1120
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = and i1 %1118, %1124
	%1126 = select i1 %1125, float %504, float 0xFFF0000000000000
	%1127 = shl i32 %6, 1
	%1128 = add i32 24, %1127
	%1129 = add i32 %223, %1128
	%1130 = icmp slt i32 %1129, %N
	%1131 = select i1 %1130, i32 %1129, i32 0
	%1132 = sitofp i32 %546 to float
	%1133 = sitofp i32 %1131 to float
	%1134 = fcmp ole float %1133, %1132
	%1135 = uitofp i1 %1134 to float
	%1136 = fcmp une float %1135, 0.0
	%1137 = and i1 %1130, %1136
	%1138 = select i1 %1137, float %505, float 0xFFF0000000000000
	%1139 = shl i32 %6, 1
	%1140 = add i32 25, %1139
	%1141 = add i32 %223, %1140
	%1142 = icmp slt i32 %1141, %N
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = sitofp i32 %546 to float
	%1145 = sitofp i32 %1143 to float
	%1146 = fcmp ole float %1145, %1144
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1142, %1148
	%1150 = select i1 %1149, float %506, float 0xFFF0000000000000
	%1151 = shl i32 %6, 1
	%1152 = add i32 32, %1151
	%1153 = add i32 %223, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %542 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %514, float 0xFFF0000000000000
	%1163 = shl i32 %6, 1
	%1164 = add i32 33, %1163
	%1165 = add i32 %223, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = sitofp i32 %542 to float
	%1169 = sitofp i32 %1167 to float
	%1170 = fcmp ole float %1169, %1168
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1166, %1172
	%1174 = select i1 %1173, float %515, float 0xFFF0000000000000
	%1175 = shl i32 %6, 1
	%1176 = add i32 32, %1175
	%1177 = add i32 %223, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %546 to float
	%1181 = sitofp i32 %1179 to float
	%1182 = fcmp ole float %1181, %1180
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = and i1 %1178, %1184
	%1186 = select i1 %1185, float %516, float 0xFFF0000000000000
	%1187 = shl i32 %6, 1
	%1188 = add i32 33, %1187
	%1189 = add i32 %223, %1188
	%1190 = icmp slt i32 %1189, %N
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = sitofp i32 %546 to float
	%1193 = sitofp i32 %1191 to float
	%1194 = fcmp ole float %1193, %1192
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = and i1 %1190, %1196
	%1198 = select i1 %1197, float %517, float 0xFFF0000000000000
	%1199 = shl i32 %6, 1
	%1200 = add i32 40, %1199
	%1201 = add i32 %223, %1200
	%1202 = icmp slt i32 %1201, %N
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = sitofp i32 %542 to float
	%1205 = sitofp i32 %1203 to float
	%1206 = fcmp ole float %1205, %1204
	%1207 = uitofp i1 %1206 to float
	%1208 = fcmp une float %1207, 0.0
	%1209 = and i1 %1202, %1208
	%1210 = select i1 %1209, float %519, float 0xFFF0000000000000
	%1211 = shl i32 %6, 1
	%1212 = add i32 41, %1211
	%1213 = add i32 %223, %1212
	%1214 = icmp slt i32 %1213, %N
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = sitofp i32 %542 to float
	%1217 = sitofp i32 %1215 to float
	%1218 = fcmp ole float %1217, %1216
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1214, %1220
	%1222 = select i1 %1221, float %520, float 0xFFF0000000000000
	%1223 = shl i32 %6, 1
	%1224 = add i32 40, %1223
	%1225 = add i32 %223, %1224
	%1226 = icmp slt i32 %1225, %N
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = sitofp i32 %546 to float
	%1229 = sitofp i32 %1227 to float
	%1230 = fcmp ole float %1229, %1228
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = and i1 %1226, %1232
	%1234 = select i1 %1233, float %521, float 0xFFF0000000000000
	%1235 = shl i32 %6, 1
	%1236 = add i32 41, %1235
	%1237 = add i32 %223, %1236
	%1238 = icmp slt i32 %1237, %N
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = sitofp i32 %546 to float
	%1241 = sitofp i32 %1239 to float
	%1242 = fcmp ole float %1241, %1240
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1238, %1244
	%1246 = select i1 %1245, float %522, float 0xFFF0000000000000
	%1247 = shl i32 %6, 1
	%1248 = add i32 48, %1247
	%1249 = add i32 %223, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %542 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1250, %1256
	%1258 = select i1 %1257, float %530, float 0xFFF0000000000000
	%1259 = shl i32 %6, 1
	%1260 = add i32 49, %1259
	%1261 = add i32 %223, %1260
	%1262 = icmp slt i32 %1261, %N
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = sitofp i32 %542 to float
	%1265 = sitofp i32 %1263 to float
	%1266 = fcmp ole float %1265, %1264
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1262, %1268
	%1270 = select i1 %1269, float %531, float 0xFFF0000000000000
	%1271 = shl i32 %6, 1
	%1272 = add i32 48, %1271
	%1273 = add i32 %223, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = sitofp i32 %546 to float
	%1277 = sitofp i32 %1275 to float
	%1278 = fcmp ole float %1277, %1276
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1274, %1280
	%1282 = select i1 %1281, float %532, float 0xFFF0000000000000
	%1283 = shl i32 %6, 1
	%1284 = add i32 49, %1283
	%1285 = add i32 %223, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %546 to float
	%1289 = sitofp i32 %1287 to float
	%1290 = fcmp ole float %1289, %1288
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = and i1 %1286, %1292
	%1294 = select i1 %1293, float %533, float 0xFFF0000000000000
	%1295 = shl i32 %6, 1
	%1296 = add i32 56, %1295
	%1297 = add i32 %223, %1296
	%1298 = icmp slt i32 %1297, %N
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = sitofp i32 %542 to float
	%1301 = sitofp i32 %1299 to float
	%1302 = fcmp ole float %1301, %1300
	%1303 = uitofp i1 %1302 to float
	%1304 = fcmp une float %1303, 0.0
	%1305 = and i1 %1298, %1304
	%1306 = select i1 %1305, float %535, float 0xFFF0000000000000
	%1307 = shl i32 %6, 1
	%1308 = add i32 57, %1307
	%1309 = add i32 %223, %1308
	%1310 = icmp slt i32 %1309, %N
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = sitofp i32 %542 to float
	%1313 = sitofp i32 %1311 to float
	%1314 = fcmp ole float %1313, %1312
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1310, %1316
	%1318 = select i1 %1317, float %536, float 0xFFF0000000000000
	%1319 = shl i32 %6, 1
	%1320 = add i32 56, %1319
	%1321 = add i32 %223, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %546 to float
	%1325 = sitofp i32 %1323 to float
	%1326 = fcmp ole float %1325, %1324
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = and i1 %1322, %1328
	%1330 = select i1 %1329, float %537, float 0xFFF0000000000000
	%1331 = shl i32 %6, 1
	%1332 = add i32 57, %1331
	%1333 = add i32 %223, %1332
	%1334 = icmp slt i32 %1333, %N
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = sitofp i32 %546 to float
	%1337 = sitofp i32 %1335 to float
	%1338 = fcmp ole float %1337, %1336
	%1339 = uitofp i1 %1338 to float
	%1340 = fcmp une float %1339, 0.0
	%1341 = and i1 %1334, %1340
	%1342 = select i1 %1341, float %538, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1343 = phi float [ %482, %classify ], [ %970, %partial ], [ %636, %meankeys ]
	%1344 = phi float [ %483, %classify ], [ %982, %partial ], [ %655, %meankeys ]
	%1345 = phi float [ %484, %classify ], [ %994, %partial ], [ %657, %meankeys ]
	%1346 = phi float [ %485, %classify ], [ %1006, %partial ], [ %659, %meankeys ]
	%1347 = phi float [ %487, %classify ], [ %1018, %partial ], [ %678, %meankeys ]
	%1348 = phi float [ %488, %classify ], [ %1030, %partial ], [ %697, %meankeys ]
	%1349 = phi float [ %489, %classify ], [ %1042, %partial ], [ %699, %meankeys ]
	%1350 = phi float [ %490, %classify ], [ %1054, %partial ], [ %701, %meankeys ]
	%1351 = phi float [ %498, %classify ], [ %1066, %partial ], [ %720, %meankeys ]
	%1352 = phi float [ %499, %classify ], [ %1078, %partial ], [ %739, %meankeys ]
	%1353 = phi float [ %500, %classify ], [ %1090, %partial ], [ %741, %meankeys ]
	%1354 = phi float [ %501, %classify ], [ %1102, %partial ], [ %743, %meankeys ]
	%1355 = phi float [ %503, %classify ], [ %1114, %partial ], [ %762, %meankeys ]
	%1356 = phi float [ %504, %classify ], [ %1126, %partial ], [ %781, %meankeys ]
	%1357 = phi float [ %505, %classify ], [ %1138, %partial ], [ %783, %meankeys ]
	%1358 = phi float [ %506, %classify ], [ %1150, %partial ], [ %785, %meankeys ]
	%1359 = phi float [ %514, %classify ], [ %1162, %partial ], [ %804, %meankeys ]
	%1360 = phi float [ %515, %classify ], [ %1174, %partial ], [ %823, %meankeys ]
	%1361 = phi float [ %516, %classify ], [ %1186, %partial ], [ %825, %meankeys ]
	%1362 = phi float [ %517, %classify ], [ %1198, %partial ], [ %827, %meankeys ]
	%1363 = phi float [ %519, %classify ], [ %1210, %partial ], [ %846, %meankeys ]
	%1364 = phi float [ %520, %classify ], [ %1222, %partial ], [ %865, %meankeys ]
	%1365 = phi float [ %521, %classify ], [ %1234, %partial ], [ %867, %meankeys ]
	%1366 = phi float [ %522, %classify ], [ %1246, %partial ], [ %869, %meankeys ]
	%1367 = phi float [ %530, %classify ], [ %1258, %partial ], [ %888, %meankeys ]
	%1368 = phi float [ %531, %classify ], [ %1270, %partial ], [ %907, %meankeys ]
	%1369 = phi float [ %532, %classify ], [ %1282, %partial ], [ %909, %meankeys ]
	%1370 = phi float [ %533, %classify ], [ %1294, %partial ], [ %911, %meankeys ]
	%1371 = phi float [ %535, %classify ], [ %1306, %partial ], [ %930, %meankeys ]
	%1372 = phi float [ %536, %classify ], [ %1318, %partial ], [ %949, %meankeys ]
	%1373 = phi float [ %537, %classify ], [ %1330, %partial ], [ %951, %meankeys ]
	%1374 = phi float [ %538, %classify ], [ %1342, %partial ], [ %953, %meankeys ]
	%1375 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1376 = call float @llvm.nvvm.fmax.f(float %1347, float %1348)
	%1377 = call float @llvm.nvvm.fmax.f(float %1351, float %1352)
	%1378 = call float @llvm.nvvm.fmax.f(float %1355, float %1356)
	%1379 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1380 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1381 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1382 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1383 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1384 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1385 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1386 = call float @llvm.nvvm.fmax.f(float %1381, float %1382)
	%1387 = call float @llvm.nvvm.fmax.f(float %1383, float %1384)
	%1388 = call float @llvm.nvvm.fmax.f(float %1385, float %1386)
	%1389 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1390 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1389, i32 1, i32 31)
	%1391 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1392 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1391, i32 2, i32 31)
	%1393 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1394 = fmul float %1393, 0x3FC7154760000000
	%1395 = call float @llvm.nvvm.fmax.f(float %219, float %1394)
	%1396 = fadd float %219, 8.0
	%1397 = fcmp ogt float %1395, %1396
	%1398 = or i1 false, %1397
	%1399 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1400 = call float @llvm.nvvm.fmax.f(float %1349, float %1350)
	%1401 = call float @llvm.nvvm.fmax.f(float %1353, float %1354)
	%1402 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1403 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1404 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1405 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1406 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1407 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1408 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1409 = call float @llvm.nvvm.fmax.f(float %1403, float %1404)
	%1410 = call float @llvm.nvvm.fmax.f(float %1405, float %1406)
	%1411 = call float @llvm.nvvm.fmax.f(float %1407, float %1408)
	%1412 = call float @llvm.nvvm.fmax.f(float %1409, float %1410)
	%1413 = call float @llvm.nvvm.fmax.f(float %1411, float %1412)
	%1414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1413, i32 1, i32 31)
	%1415 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1415, i32 2, i32 31)
	%1417 = call float @llvm.nvvm.fmax.f(float %1415, float %1416)
	%1418 = fmul float %1417, 0x3FC7154760000000
	%1419 = call float @llvm.nvvm.fmax.f(float %221, float %1418)
	%1420 = fadd float %221, 8.0
	%1421 = fcmp ogt float %1419, %1420
	%1422 = or i1 %1398, %1421
	%1423 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1422)
	br i1 %1423, label %1424, label %1467

1424:
	%1425 = fcmp oeq float %1395, 0xFFF0000000000000
	%1426 = select i1 %1425, float 0.0, float %1395
	%1427 = fsub float %219, %1426
	%1428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1427)
	%1429 = fcmp oeq float %1419, 0xFFF0000000000000
	%1430 = select i1 %1429, float 0.0, float %1419
	%1431 = fsub float %221, %1430
	%1432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1431)
	%1433 = fmul float %187, %1428
	%1434 = fmul float %188, %1428
	%1435 = fmul float %189, %1432
	%1436 = fmul float %190, %1432
	%1437 = fmul float %191, %1428
	%1438 = fmul float %192, %1428
	%1439 = fmul float %193, %1432
	%1440 = fmul float %194, %1432
	%1441 = fmul float %195, %1428
	%1442 = fmul float %196, %1428
	%1443 = fmul float %197, %1432
	%1444 = fmul float %198, %1432
	%1445 = fmul float %199, %1428
	%1446 = fmul float %200, %1428
	%1447 = fmul float %201, %1432
	%1448 = fmul float %202, %1432
	%1449 = fmul float %203, %1428
	%1450 = fmul float %204, %1428
	%1451 = fmul float %205, %1432
	%1452 = fmul float %206, %1432
	%1453 = fmul float %207, %1428
	%1454 = fmul float %208, %1428
	%1455 = fmul float %209, %1432
	%1456 = fmul float %210, %1432
	%1457 = fmul float %211, %1428
	%1458 = fmul float %212, %1428
	%1459 = fmul float %213, %1432
	%1460 = fmul float %214, %1432
	%1461 = fmul float %215, %1428
	%1462 = fmul float %216, %1428
	%1463 = fmul float %217, %1432
	%1464 = fmul float %218, %1432
	%1465 = fmul float %220, %1428
	%1466 = fmul float %222, %1432
	br label %1467

1467:
	%1468 = phi float [ %187, %softmax ], [ %1433, %1424 ]
	%1469 = phi float [ %188, %softmax ], [ %1434, %1424 ]
	%1470 = phi float [ %189, %softmax ], [ %1435, %1424 ]
	%1471 = phi float [ %190, %softmax ], [ %1436, %1424 ]
	%1472 = phi float [ %191, %softmax ], [ %1437, %1424 ]
	%1473 = phi float [ %192, %softmax ], [ %1438, %1424 ]
	%1474 = phi float [ %193, %softmax ], [ %1439, %1424 ]
	%1475 = phi float [ %194, %softmax ], [ %1440, %1424 ]
	%1476 = phi float [ %195, %softmax ], [ %1441, %1424 ]
	%1477 = phi float [ %196, %softmax ], [ %1442, %1424 ]
	%1478 = phi float [ %197, %softmax ], [ %1443, %1424 ]
	%1479 = phi float [ %198, %softmax ], [ %1444, %1424 ]
	%1480 = phi float [ %199, %softmax ], [ %1445, %1424 ]
	%1481 = phi float [ %200, %softmax ], [ %1446, %1424 ]
	%1482 = phi float [ %201, %softmax ], [ %1447, %1424 ]
	%1483 = phi float [ %202, %softmax ], [ %1448, %1424 ]
	%1484 = phi float [ %203, %softmax ], [ %1449, %1424 ]
	%1485 = phi float [ %204, %softmax ], [ %1450, %1424 ]
	%1486 = phi float [ %205, %softmax ], [ %1451, %1424 ]
	%1487 = phi float [ %206, %softmax ], [ %1452, %1424 ]
	%1488 = phi float [ %207, %softmax ], [ %1453, %1424 ]
	%1489 = phi float [ %208, %softmax ], [ %1454, %1424 ]
	%1490 = phi float [ %209, %softmax ], [ %1455, %1424 ]
	%1491 = phi float [ %210, %softmax ], [ %1456, %1424 ]
	%1492 = phi float [ %211, %softmax ], [ %1457, %1424 ]
	%1493 = phi float [ %212, %softmax ], [ %1458, %1424 ]
	%1494 = phi float [ %213, %softmax ], [ %1459, %1424 ]
	%1495 = phi float [ %214, %softmax ], [ %1460, %1424 ]
	%1496 = phi float [ %215, %softmax ], [ %1461, %1424 ]
	%1497 = phi float [ %216, %softmax ], [ %1462, %1424 ]
	%1498 = phi float [ %217, %softmax ], [ %1463, %1424 ]
	%1499 = phi float [ %218, %softmax ], [ %1464, %1424 ]
	%1500 = phi float [ %220, %softmax ], [ %1465, %1424 ]
	%1501 = phi float [ %222, %softmax ], [ %1466, %1424 ]
	%1502 = select i1 %1423, float %1395, float %219
	%1503 = fcmp oeq float %1502, 0xFFF0000000000000
	%1504 = select i1 %1503, float 0.0, float %1502
	%1505 = fneg float %1504
	%1506 = call float @llvm.fma.f32(float %1343, float 0x3FC7154760000000, float %1505)
	%1507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1506)
	%1508 = call float @llvm.fma.f32(float %1344, float 0x3FC7154760000000, float %1505)
	%1509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1508)
	%1510 = call float @llvm.fma.f32(float %1347, float 0x3FC7154760000000, float %1505)
	%1511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1510)
	%1512 = call float @llvm.fma.f32(float %1348, float 0x3FC7154760000000, float %1505)
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = call float @llvm.fma.f32(float %1351, float 0x3FC7154760000000, float %1505)
	%1515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1514)
	%1516 = call float @llvm.fma.f32(float %1352, float 0x3FC7154760000000, float %1505)
	%1517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1516)
	%1518 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1505)
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1505)
	%1521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1520)
	%1522 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1505)
	%1523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1522)
	%1524 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1505)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = call float @llvm.fma.f32(float %1363, float 0x3FC7154760000000, float %1505)
	%1527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1526)
	%1528 = call float @llvm.fma.f32(float %1364, float 0x3FC7154760000000, float %1505)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1505)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1505)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1505)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1505)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = fadd float %1507, %1509
	%1539 = fadd float %1511, %1513
	%1540 = fadd float %1515, %1517
	%1541 = fadd float %1519, %1521
	%1542 = fadd float %1523, %1525
	%1543 = fadd float %1527, %1529
	%1544 = fadd float %1531, %1533
	%1545 = fadd float %1535, %1537
	%1546 = fadd float %1538, %1539
	%1547 = fadd float %1540, %1541
	%1548 = fadd float %1542, %1543
	%1549 = fadd float %1544, %1545
	%1550 = fadd float %1546, %1547
	%1551 = fadd float %1548, %1549
	%1552 = fadd float %1550, %1551
	%1553 = fadd float %1500, %1552
	%1554 = select i1 %1423, float %1419, float %221
	%1555 = fcmp oeq float %1554, 0xFFF0000000000000
	%1556 = select i1 %1555, float 0.0, float %1554
	%1557 = fneg float %1556
	%1558 = call float @llvm.fma.f32(float %1345, float 0x3FC7154760000000, float %1557)
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = call float @llvm.fma.f32(float %1346, float 0x3FC7154760000000, float %1557)
	%1561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1560)
	%1562 = call float @llvm.fma.f32(float %1349, float 0x3FC7154760000000, float %1557)
	%1563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1562)
	%1564 = call float @llvm.fma.f32(float %1350, float 0x3FC7154760000000, float %1557)
	%1565 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1564)
	%1566 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1557)
	%1567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1566)
	%1568 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1557)
	%1569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1568)
	%1570 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1557)
	%1571 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1570)
	%1572 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1557)
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1557)
	%1575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1574)
	%1576 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1557)
	%1577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1576)
	%1578 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1557)
	%1579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1578)
	%1580 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1557)
	%1581 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1580)
	%1582 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1557)
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1557)
	%1585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1584)
	%1586 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1557)
	%1587 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1586)
	%1588 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1557)
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = fadd float %1559, %1561
	%1591 = fadd float %1563, %1565
	%1592 = fadd float %1567, %1569
	%1593 = fadd float %1571, %1573
	%1594 = fadd float %1575, %1577
	%1595 = fadd float %1579, %1581
	%1596 = fadd float %1583, %1585
	%1597 = fadd float %1587, %1589
	%1598 = fadd float %1590, %1591
	%1599 = fadd float %1592, %1593
	%1600 = fadd float %1594, %1595
	%1601 = fadd float %1596, %1597
	%1602 = fadd float %1598, %1599
	%1603 = fadd float %1600, %1601
	%1604 = fadd float %1602, %1603
	%1605 = fadd float %1501, %1604
	%1606 = add i32 %185, 1
	%1607 = icmp slt i32 %1606, %NK
	%1608 = select i1 %1607, i32 %1606, i32 0
	%1609 = add i32 %41, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i32, i32* %list, i64 %1610
	%1612 = load i32, i32* %1611
	%1613 = select i1 %1607, i32 %1612, i32 -1
	%1614 = icmp sge i32 %1613, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1614, label %prefetch, label %pv

prefetch:
	%1615 = icmp sge i32 %1613, %NK
	%1616 = select i1 %1615, i16* %49, i16* %32
	%1617 = sub i32 %1613, %NK
	%1618 = select i1 %1615, i32 %1617, i32 %1613
	%1619 = mul i32 %1618, 64
	%1620 = select i1 %1615, i32 %NK, i32 %N
	%1621 = lshr i32 %2, 3
	%1622 = and i32 %2, 7
	%1623 = and i32 %1621, 7
	%1624 = xor i32 %1622, %1623
	%1625 = mul i32 %1621, 8
	%1626 = add i32 %1625, %1624
	%1627 = shl i32 %1626, 4
	%1628 = add i32 %0, %1627
	%1629 = add i32 %1619, %1621
	%1630 = mul i32 %1629, 64
	%1631 = mul i32 %1622, 8
	%1632 = add i32 %1630, %1631
	%1633 = sext i32 %1632 to i64
	%1634 = getelementptr i16, i16* %1616, i64 %1633
	%1635 = add i32 %1629, 0
	%1636 = icmp slt i32 %1635, %1620
	%1637 = getelementptr i16, i16* %1634, i64 0
	%1638 = select i1 %1636, i16* %1637, i16* %1616
	%1639 = add i32 %1628, 0
	%1640 = select i1 %1636, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1639, i16* %1638, i32 %1640)
	%1641 = add i32 %1629, 16
	%1642 = icmp slt i32 %1641, %1620
	%1643 = getelementptr i16, i16* %1634, i64 1024
	%1644 = select i1 %1642, i16* %1643, i16* %1616
	%1645 = add i32 %1628, 2048
	%1646 = select i1 %1642, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1645, i16* %1644, i32 %1646)
	%1647 = add i32 %1629, 32
	%1648 = icmp slt i32 %1647, %1620
	%1649 = getelementptr i16, i16* %1634, i64 2048
	%1650 = select i1 %1648, i16* %1649, i16* %1616
	%1651 = add i32 %1628, u0x1000
	%1652 = select i1 %1648, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1651, i16* %1650, i32 %1652)
	%1653 = add i32 %1629, 48
	%1654 = icmp slt i32 %1653, %1620
	%1655 = getelementptr i16, i16* %1634, i64 3072
	%1656 = select i1 %1654, i16* %1655, i16* %1616
	%1657 = add i32 %1628, 6144
	%1658 = select i1 %1654, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1657, i16* %1656, i32 %1658)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1659 = and i32 %4, 7
	%1660 = lshr i32 %4, 3
	%1661 = and i32 %1660, 1
	%1662 = shl i32 %1661, 3
	%1663 = add i32 %1659, %1662
	%1664 = mul i32 %1663, 128
	%1665 = add i32 %1, %1664
	%1666 = and i32 %4, 7
	%1667 = xor i32 %107, %1666
	%1668 = shl i32 %1667, 4
	%1669 = add i32 %1665, %1668
	%1670 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1509, float %1507)
	%1671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1561, float %1559)
	%1672 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1513, float %1511)
	%1673 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1565, float %1563)
	%1674 = xor i32 %1669, 0
	%1675 = add i32 %1674, 0
	%1676 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1675)
	%1677 = extractvalue { i32, i32, i32, i32 } %1676, 0
	%1678 = extractvalue { i32, i32, i32, i32 } %1676, 1
	%1679 = extractvalue { i32, i32, i32, i32 } %1676, 2
	%1680 = extractvalue { i32, i32, i32, i32 } %1676, 3
	%1681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1677, i32 %1678, float %1468, float %1469, float %1470, float %1471)
	%1682 = extractvalue { float, float, float, float } %1681, 0
	%1683 = extractvalue { float, float, float, float } %1681, 1
	%1684 = extractvalue { float, float, float, float } %1681, 2
	%1685 = extractvalue { float, float, float, float } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1679, i32 %1680, float %1472, float %1473, float %1474, float %1475)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = xor i32 %1669, 32
	%1692 = add i32 %1691, 0
	%1693 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1692)
	%1694 = extractvalue { i32, i32, i32, i32 } %1693, 0
	%1695 = extractvalue { i32, i32, i32, i32 } %1693, 1
	%1696 = extractvalue { i32, i32, i32, i32 } %1693, 2
	%1697 = extractvalue { i32, i32, i32, i32 } %1693, 3
	%1698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1694, i32 %1695, float %1476, float %1477, float %1478, float %1479)
	%1699 = extractvalue { float, float, float, float } %1698, 0
	%1700 = extractvalue { float, float, float, float } %1698, 1
	%1701 = extractvalue { float, float, float, float } %1698, 2
	%1702 = extractvalue { float, float, float, float } %1698, 3
	%1703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1696, i32 %1697, float %1480, float %1481, float %1482, float %1483)
	%1704 = extractvalue { float, float, float, float } %1703, 0
	%1705 = extractvalue { float, float, float, float } %1703, 1
	%1706 = extractvalue { float, float, float, float } %1703, 2
	%1707 = extractvalue { float, float, float, float } %1703, 3
	%1708 = xor i32 %1669, 64
	%1709 = add i32 %1708, 0
	%1710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1709)
	%1711 = extractvalue { i32, i32, i32, i32 } %1710, 0
	%1712 = extractvalue { i32, i32, i32, i32 } %1710, 1
	%1713 = extractvalue { i32, i32, i32, i32 } %1710, 2
	%1714 = extractvalue { i32, i32, i32, i32 } %1710, 3
	%1715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1711, i32 %1712, float %1484, float %1485, float %1486, float %1487)
	%1716 = extractvalue { float, float, float, float } %1715, 0
	%1717 = extractvalue { float, float, float, float } %1715, 1
	%1718 = extractvalue { float, float, float, float } %1715, 2
	%1719 = extractvalue { float, float, float, float } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1713, i32 %1714, float %1488, float %1489, float %1490, float %1491)
	%1721 = extractvalue { float, float, float, float } %1720, 0
	%1722 = extractvalue { float, float, float, float } %1720, 1
	%1723 = extractvalue { float, float, float, float } %1720, 2
	%1724 = extractvalue { float, float, float, float } %1720, 3
	%1725 = xor i32 %1669, 96
	%1726 = add i32 %1725, 0
	%1727 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1726)
	%1728 = extractvalue { i32, i32, i32, i32 } %1727, 0
	%1729 = extractvalue { i32, i32, i32, i32 } %1727, 1
	%1730 = extractvalue { i32, i32, i32, i32 } %1727, 2
	%1731 = extractvalue { i32, i32, i32, i32 } %1727, 3
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1728, i32 %1729, float %1492, float %1493, float %1494, float %1495)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1730, i32 %1731, float %1496, float %1497, float %1498, float %1499)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1517, float %1515)
	%1743 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1569, float %1567)
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1521, float %1519)
	%1745 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1573, float %1571)
	%1746 = xor i32 %1669, 0
	%1747 = add i32 %1746, 2048
	%1748 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1747)
	%1749 = extractvalue { i32, i32, i32, i32 } %1748, 0
	%1750 = extractvalue { i32, i32, i32, i32 } %1748, 1
	%1751 = extractvalue { i32, i32, i32, i32 } %1748, 2
	%1752 = extractvalue { i32, i32, i32, i32 } %1748, 3
	%1753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1749, i32 %1750, float %1682, float %1683, float %1684, float %1685)
	%1754 = extractvalue { float, float, float, float } %1753, 0
	%1755 = extractvalue { float, float, float, float } %1753, 1
	%1756 = extractvalue { float, float, float, float } %1753, 2
	%1757 = extractvalue { float, float, float, float } %1753, 3
	%1758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1751, i32 %1752, float %1687, float %1688, float %1689, float %1690)
	%1759 = extractvalue { float, float, float, float } %1758, 0
	%1760 = extractvalue { float, float, float, float } %1758, 1
	%1761 = extractvalue { float, float, float, float } %1758, 2
	%1762 = extractvalue { float, float, float, float } %1758, 3
	%1763 = xor i32 %1669, 32
	%1764 = add i32 %1763, 2048
	%1765 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1764)
	%1766 = extractvalue { i32, i32, i32, i32 } %1765, 0
	%1767 = extractvalue { i32, i32, i32, i32 } %1765, 1
	%1768 = extractvalue { i32, i32, i32, i32 } %1765, 2
	%1769 = extractvalue { i32, i32, i32, i32 } %1765, 3
	%1770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1766, i32 %1767, float %1699, float %1700, float %1701, float %1702)
	%1771 = extractvalue { float, float, float, float } %1770, 0
	%1772 = extractvalue { float, float, float, float } %1770, 1
	%1773 = extractvalue { float, float, float, float } %1770, 2
	%1774 = extractvalue { float, float, float, float } %1770, 3
	%1775 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1768, i32 %1769, float %1704, float %1705, float %1706, float %1707)
	%1776 = extractvalue { float, float, float, float } %1775, 0
	%1777 = extractvalue { float, float, float, float } %1775, 1
	%1778 = extractvalue { float, float, float, float } %1775, 2
	%1779 = extractvalue { float, float, float, float } %1775, 3
	%1780 = xor i32 %1669, 64
	%1781 = add i32 %1780, 2048
	%1782 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1781)
	%1783 = extractvalue { i32, i32, i32, i32 } %1782, 0
	%1784 = extractvalue { i32, i32, i32, i32 } %1782, 1
	%1785 = extractvalue { i32, i32, i32, i32 } %1782, 2
	%1786 = extractvalue { i32, i32, i32, i32 } %1782, 3
	%1787 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1783, i32 %1784, float %1716, float %1717, float %1718, float %1719)
	%1788 = extractvalue { float, float, float, float } %1787, 0
	%1789 = extractvalue { float, float, float, float } %1787, 1
	%1790 = extractvalue { float, float, float, float } %1787, 2
	%1791 = extractvalue { float, float, float, float } %1787, 3
	%1792 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1785, i32 %1786, float %1721, float %1722, float %1723, float %1724)
	%1793 = extractvalue { float, float, float, float } %1792, 0
	%1794 = extractvalue { float, float, float, float } %1792, 1
	%1795 = extractvalue { float, float, float, float } %1792, 2
	%1796 = extractvalue { float, float, float, float } %1792, 3
	%1797 = xor i32 %1669, 96
	%1798 = add i32 %1797, 2048
	%1799 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1798)
	%1800 = extractvalue { i32, i32, i32, i32 } %1799, 0
	%1801 = extractvalue { i32, i32, i32, i32 } %1799, 1
	%1802 = extractvalue { i32, i32, i32, i32 } %1799, 2
	%1803 = extractvalue { i32, i32, i32, i32 } %1799, 3
	%1804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1800, i32 %1801, float %1733, float %1734, float %1735, float %1736)
	%1805 = extractvalue { float, float, float, float } %1804, 0
	%1806 = extractvalue { float, float, float, float } %1804, 1
	%1807 = extractvalue { float, float, float, float } %1804, 2
	%1808 = extractvalue { float, float, float, float } %1804, 3
	%1809 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1802, i32 %1803, float %1738, float %1739, float %1740, float %1741)
	%1810 = extractvalue { float, float, float, float } %1809, 0
	%1811 = extractvalue { float, float, float, float } %1809, 1
	%1812 = extractvalue { float, float, float, float } %1809, 2
	%1813 = extractvalue { float, float, float, float } %1809, 3
	%1814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1525, float %1523)
	%1815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1577, float %1575)
	%1816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1529, float %1527)
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1581, float %1579)
	%1818 = xor i32 %1669, 0
	%1819 = add i32 %1818, u0x1000
	%1820 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1819)
	%1821 = extractvalue { i32, i32, i32, i32 } %1820, 0
	%1822 = extractvalue { i32, i32, i32, i32 } %1820, 1
	%1823 = extractvalue { i32, i32, i32, i32 } %1820, 2
	%1824 = extractvalue { i32, i32, i32, i32 } %1820, 3
	%1825 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1821, i32 %1822, float %1754, float %1755, float %1756, float %1757)
	%1826 = extractvalue { float, float, float, float } %1825, 0
	%1827 = extractvalue { float, float, float, float } %1825, 1
	%1828 = extractvalue { float, float, float, float } %1825, 2
	%1829 = extractvalue { float, float, float, float } %1825, 3
	%1830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1823, i32 %1824, float %1759, float %1760, float %1761, float %1762)
	%1831 = extractvalue { float, float, float, float } %1830, 0
	%1832 = extractvalue { float, float, float, float } %1830, 1
	%1833 = extractvalue { float, float, float, float } %1830, 2
	%1834 = extractvalue { float, float, float, float } %1830, 3
	%1835 = xor i32 %1669, 32
	%1836 = add i32 %1835, u0x1000
	%1837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1836)
	%1838 = extractvalue { i32, i32, i32, i32 } %1837, 0
	%1839 = extractvalue { i32, i32, i32, i32 } %1837, 1
	%1840 = extractvalue { i32, i32, i32, i32 } %1837, 2
	%1841 = extractvalue { i32, i32, i32, i32 } %1837, 3
	%1842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1838, i32 %1839, float %1771, float %1772, float %1773, float %1774)
	%1843 = extractvalue { float, float, float, float } %1842, 0
	%1844 = extractvalue { float, float, float, float } %1842, 1
	%1845 = extractvalue { float, float, float, float } %1842, 2
	%1846 = extractvalue { float, float, float, float } %1842, 3
	%1847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1840, i32 %1841, float %1776, float %1777, float %1778, float %1779)
	%1848 = extractvalue { float, float, float, float } %1847, 0
	%1849 = extractvalue { float, float, float, float } %1847, 1
	%1850 = extractvalue { float, float, float, float } %1847, 2
	%1851 = extractvalue { float, float, float, float } %1847, 3
	%1852 = xor i32 %1669, 64
	%1853 = add i32 %1852, u0x1000
	%1854 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1853)
	%1855 = extractvalue { i32, i32, i32, i32 } %1854, 0
	%1856 = extractvalue { i32, i32, i32, i32 } %1854, 1
	%1857 = extractvalue { i32, i32, i32, i32 } %1854, 2
	%1858 = extractvalue { i32, i32, i32, i32 } %1854, 3
	%1859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1855, i32 %1856, float %1788, float %1789, float %1790, float %1791)
	%1860 = extractvalue { float, float, float, float } %1859, 0
	%1861 = extractvalue { float, float, float, float } %1859, 1
	%1862 = extractvalue { float, float, float, float } %1859, 2
	%1863 = extractvalue { float, float, float, float } %1859, 3
	%1864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1857, i32 %1858, float %1793, float %1794, float %1795, float %1796)
	%1865 = extractvalue { float, float, float, float } %1864, 0
	%1866 = extractvalue { float, float, float, float } %1864, 1
	%1867 = extractvalue { float, float, float, float } %1864, 2
	%1868 = extractvalue { float, float, float, float } %1864, 3
	%1869 = xor i32 %1669, 96
	%1870 = add i32 %1869, u0x1000
	%1871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1870)
	%1872 = extractvalue { i32, i32, i32, i32 } %1871, 0
	%1873 = extractvalue { i32, i32, i32, i32 } %1871, 1
	%1874 = extractvalue { i32, i32, i32, i32 } %1871, 2
	%1875 = extractvalue { i32, i32, i32, i32 } %1871, 3
	%1876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1872, i32 %1873, float %1805, float %1806, float %1807, float %1808)
	%1877 = extractvalue { float, float, float, float } %1876, 0
	%1878 = extractvalue { float, float, float, float } %1876, 1
	%1879 = extractvalue { float, float, float, float } %1876, 2
	%1880 = extractvalue { float, float, float, float } %1876, 3
	%1881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1874, i32 %1875, float %1810, float %1811, float %1812, float %1813)
	%1882 = extractvalue { float, float, float, float } %1881, 0
	%1883 = extractvalue { float, float, float, float } %1881, 1
	%1884 = extractvalue { float, float, float, float } %1881, 2
	%1885 = extractvalue { float, float, float, float } %1881, 3
	%1886 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1533, float %1531)
	%1887 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1585, float %1583)
	%1888 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1537, float %1535)
	%1889 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1589, float %1587)
	%1890 = xor i32 %1669, 0
	%1891 = add i32 %1890, 6144
	%1892 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1891)
	%1893 = extractvalue { i32, i32, i32, i32 } %1892, 0
	%1894 = extractvalue { i32, i32, i32, i32 } %1892, 1
	%1895 = extractvalue { i32, i32, i32, i32 } %1892, 2
	%1896 = extractvalue { i32, i32, i32, i32 } %1892, 3
	%1897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1893, i32 %1894, float %1826, float %1827, float %1828, float %1829)
	%1898 = extractvalue { float, float, float, float } %1897, 0
	%1899 = extractvalue { float, float, float, float } %1897, 1
	%1900 = extractvalue { float, float, float, float } %1897, 2
	%1901 = extractvalue { float, float, float, float } %1897, 3
	%1902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1895, i32 %1896, float %1831, float %1832, float %1833, float %1834)
	%1903 = extractvalue { float, float, float, float } %1902, 0
	%1904 = extractvalue { float, float, float, float } %1902, 1
	%1905 = extractvalue { float, float, float, float } %1902, 2
	%1906 = extractvalue { float, float, float, float } %1902, 3
	%1907 = xor i32 %1669, 32
	%1908 = add i32 %1907, 6144
	%1909 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1908)
	%1910 = extractvalue { i32, i32, i32, i32 } %1909, 0
	%1911 = extractvalue { i32, i32, i32, i32 } %1909, 1
	%1912 = extractvalue { i32, i32, i32, i32 } %1909, 2
	%1913 = extractvalue { i32, i32, i32, i32 } %1909, 3
	%1914 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1910, i32 %1911, float %1843, float %1844, float %1845, float %1846)
	%1915 = extractvalue { float, float, float, float } %1914, 0
	%1916 = extractvalue { float, float, float, float } %1914, 1
	%1917 = extractvalue { float, float, float, float } %1914, 2
	%1918 = extractvalue { float, float, float, float } %1914, 3
	%1919 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1912, i32 %1913, float %1848, float %1849, float %1850, float %1851)
	%1920 = extractvalue { float, float, float, float } %1919, 0
	%1921 = extractvalue { float, float, float, float } %1919, 1
	%1922 = extractvalue { float, float, float, float } %1919, 2
	%1923 = extractvalue { float, float, float, float } %1919, 3
	%1924 = xor i32 %1669, 64
	%1925 = add i32 %1924, 6144
	%1926 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1925)
	%1927 = extractvalue { i32, i32, i32, i32 } %1926, 0
	%1928 = extractvalue { i32, i32, i32, i32 } %1926, 1
	%1929 = extractvalue { i32, i32, i32, i32 } %1926, 2
	%1930 = extractvalue { i32, i32, i32, i32 } %1926, 3
	%1931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1927, i32 %1928, float %1860, float %1861, float %1862, float %1863)
	%1932 = extractvalue { float, float, float, float } %1931, 0
	%1933 = extractvalue { float, float, float, float } %1931, 1
	%1934 = extractvalue { float, float, float, float } %1931, 2
	%1935 = extractvalue { float, float, float, float } %1931, 3
	%1936 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1929, i32 %1930, float %1865, float %1866, float %1867, float %1868)
	%1937 = extractvalue { float, float, float, float } %1936, 0
	%1938 = extractvalue { float, float, float, float } %1936, 1
	%1939 = extractvalue { float, float, float, float } %1936, 2
	%1940 = extractvalue { float, float, float, float } %1936, 3
	%1941 = xor i32 %1669, 96
	%1942 = add i32 %1941, 6144
	%1943 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1942)
	%1944 = extractvalue { i32, i32, i32, i32 } %1943, 0
	%1945 = extractvalue { i32, i32, i32, i32 } %1943, 1
	%1946 = extractvalue { i32, i32, i32, i32 } %1943, 2
	%1947 = extractvalue { i32, i32, i32, i32 } %1943, 3
	%1948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1944, i32 %1945, float %1877, float %1878, float %1879, float %1880)
	%1949 = extractvalue { float, float, float, float } %1948, 0
	%1950 = extractvalue { float, float, float, float } %1948, 1
	%1951 = extractvalue { float, float, float, float } %1948, 2
	%1952 = extractvalue { float, float, float, float } %1948, 3
	%1953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1946, i32 %1947, float %1882, float %1883, float %1884, float %1885)
	%1954 = extractvalue { float, float, float, float } %1953, 0
	%1955 = extractvalue { float, float, float, float } %1953, 1
	%1956 = extractvalue { float, float, float, float } %1953, 2
	%1957 = extractvalue { float, float, float, float } %1953, 3
	br i1 %1614, label %loop, label %epilogue

store0:
	%1958 = mul i32 %22, %M
	%1959 = add i32 %1958, %594
	%1960 = mul i32 %1959, 64
	%1961 = shl i32 %6, 1
	%1962 = add i32 0, %1961
	%1963 = add i32 %1960, %1962
	%1964 = sext i32 %1963 to i64
	%1965 = getelementptr i16, i16* %out, i64 %1964
	%1966 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%1967 = bitcast i16* %1965 to i32*
	store i32 %1966, i32* %1967
	%1968 = shl i32 %6, 1
	%1969 = add i32 8, %1968
	%1970 = add i32 %1960, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr i16, i16* %out, i64 %1971
	%1973 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%1974 = bitcast i16* %1972 to i32*
	store i32 %1973, i32* %1974
	%1975 = shl i32 %6, 1
	%1976 = add i32 16, %1975
	%1977 = add i32 %1960, %1976
	%1978 = sext i32 %1977 to i64
	%1979 = getelementptr i16, i16* %out, i64 %1978
	%1980 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %600, float %599)
	%1981 = bitcast i16* %1979 to i32*
	store i32 %1980, i32* %1981
	%1982 = shl i32 %6, 1
	%1983 = add i32 24, %1982
	%1984 = add i32 %1960, %1983
	%1985 = sext i32 %1984 to i64
	%1986 = getelementptr i16, i16* %out, i64 %1985
	%1987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %602, float %601)
	%1988 = bitcast i16* %1986 to i32*
	store i32 %1987, i32* %1988
	%1989 = shl i32 %6, 1
	%1990 = add i32 32, %1989
	%1991 = add i32 %1960, %1990
	%1992 = sext i32 %1991 to i64
	%1993 = getelementptr i16, i16* %out, i64 %1992
	%1994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %604, float %603)
	%1995 = bitcast i16* %1993 to i32*
	store i32 %1994, i32* %1995
	%1996 = shl i32 %6, 1
	%1997 = add i32 40, %1996
	%1998 = add i32 %1960, %1997
	%1999 = sext i32 %1998 to i64
	%2000 = getelementptr i16, i16* %out, i64 %1999
	%2001 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %606, float %605)
	%2002 = bitcast i16* %2000 to i32*
	store i32 %2001, i32* %2002
	%2003 = shl i32 %6, 1
	%2004 = add i32 48, %2003
	%2005 = add i32 %1960, %2004
	%2006 = sext i32 %2005 to i64
	%2007 = getelementptr i16, i16* %out, i64 %2006
	%2008 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %608, float %607)
	%2009 = bitcast i16* %2007 to i32*
	store i32 %2008, i32* %2009
	%2010 = shl i32 %6, 1
	%2011 = add i32 56, %2010
	%2012 = add i32 %1960, %2011
	%2013 = sext i32 %2012 to i64
	%2014 = getelementptr i16, i16* %out, i64 %2013
	%2015 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %610, float %609)
	%2016 = bitcast i16* %2014 to i32*
	store i32 %2015, i32* %2016
	br label %stored0

stored0:
	%2017 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %550, i32 1, i32 31)
	%2018 = fadd float %550, %2017
	%2019 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2018, i32 2, i32 31)
	%2020 = fadd float %2018, %2019
	%2021 = fcmp ogt float %2020, 0.0
	%2022 = fdiv float 1.0, %2020
	%2023 = select i1 %2021, float %2022, float 0.0
	%2024 = mul i32 %3, 16
	%2025 = add i32 %24, %2024
	%2026 = add i32 %5, 8
	%2027 = add i32 %2025, %2026
	%2028 = fmul float %554, %2023
	%2029 = fmul float %555, %2023
	%2030 = fmul float %558, %2023
	%2031 = fmul float %559, %2023
	%2032 = fmul float %562, %2023
	%2033 = fmul float %563, %2023
	%2034 = fmul float %566, %2023
	%2035 = fmul float %567, %2023
	%2036 = fmul float %570, %2023
	%2037 = fmul float %571, %2023
	%2038 = fmul float %574, %2023
	%2039 = fmul float %575, %2023
	%2040 = fmul float %578, %2023
	%2041 = fmul float %579, %2023
	%2042 = fmul float %582, %2023
	%2043 = fmul float %583, %2023
	%2044 = icmp slt i32 %2027, %M
	br i1 %2044, label %store1, label %stored1

store1:
	%2045 = mul i32 %22, %M
	%2046 = add i32 %2045, %2027
	%2047 = mul i32 %2046, 64
	%2048 = shl i32 %6, 1
	%2049 = add i32 0, %2048
	%2050 = add i32 %2047, %2049
	%2051 = sext i32 %2050 to i64
	%2052 = getelementptr i16, i16* %out, i64 %2051
	%2053 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2029, float %2028)
	%2054 = bitcast i16* %2052 to i32*
	store i32 %2053, i32* %2054
	%2055 = shl i32 %6, 1
	%2056 = add i32 8, %2055
	%2057 = add i32 %2047, %2056
	%2058 = sext i32 %2057 to i64
	%2059 = getelementptr i16, i16* %out, i64 %2058
	%2060 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2031, float %2030)
	%2061 = bitcast i16* %2059 to i32*
	store i32 %2060, i32* %2061
	%2062 = shl i32 %6, 1
	%2063 = add i32 16, %2062
	%2064 = add i32 %2047, %2063
	%2065 = sext i32 %2064 to i64
	%2066 = getelementptr i16, i16* %out, i64 %2065
	%2067 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2033, float %2032)
	%2068 = bitcast i16* %2066 to i32*
	store i32 %2067, i32* %2068
	%2069 = shl i32 %6, 1
	%2070 = add i32 24, %2069
	%2071 = add i32 %2047, %2070
	%2072 = sext i32 %2071 to i64
	%2073 = getelementptr i16, i16* %out, i64 %2072
	%2074 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2035, float %2034)
	%2075 = bitcast i16* %2073 to i32*
	store i32 %2074, i32* %2075
	%2076 = shl i32 %6, 1
	%2077 = add i32 32, %2076
	%2078 = add i32 %2047, %2077
	%2079 = sext i32 %2078 to i64
	%2080 = getelementptr i16, i16* %out, i64 %2079
	%2081 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2037, float %2036)
	%2082 = bitcast i16* %2080 to i32*
	store i32 %2081, i32* %2082
	%2083 = shl i32 %6, 1
	%2084 = add i32 40, %2083
	%2085 = add i32 %2047, %2084
	%2086 = sext i32 %2085 to i64
	%2087 = getelementptr i16, i16* %out, i64 %2086
	%2088 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2039, float %2038)
	%2089 = bitcast i16* %2087 to i32*
	store i32 %2088, i32* %2089
	%2090 = shl i32 %6, 1
	%2091 = add i32 48, %2090
	%2092 = add i32 %2047, %2091
	%2093 = sext i32 %2092 to i64
	%2094 = getelementptr i16, i16* %out, i64 %2093
	%2095 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2041, float %2040)
	%2096 = bitcast i16* %2094 to i32*
	store i32 %2095, i32* %2096
	%2097 = shl i32 %6, 1
	%2098 = add i32 56, %2097
	%2099 = add i32 %2047, %2098
	%2100 = sext i32 %2099 to i64
	%2101 = getelementptr i16, i16* %out, i64 %2100
	%2102 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2043, float %2042)
	%2103 = bitcast i16* %2101 to i32*
	store i32 %2102, i32* %2103
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

define ptx_kernel void @best_attn2_kbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_vbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_comp(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %comp, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	call void @llvm.nvvm.barrier0()
	br label %25

25:
	%26 = phi i32 [ %0, %24 ], [ %66, %63 ]
	%27 = phi i32 [ 0, %24 ], [ %65, %63 ]
	%28 = icmp slt i32 %26, %NK
	br i1 %28, label %29, label %35

29:
	%30 = add i32 %11, %26
	%31 = sext i32 %30 to i64
	%32 = getelementptr i32, i32* %list, i64 %31
	%33 = load i32, i32* %32
	%34 = icmp sge i32 %33, 0
	br i1 %34, label %59, label %63

35:
	%36 = and i32 %0, 31
	%37 = lshr i32 %0, 5
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%39 = icmp uge i32 %36, 1
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %27, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 2, i32 0)
	%43 = icmp uge i32 %36, 2
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 4, i32 0)
	%47 = icmp uge i32 %36, 4
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %49, i32 8, i32 0)
	%51 = icmp uge i32 %36, 8
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %49, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 16, i32 0)
	%55 = icmp uge i32 %36, 16
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = icmp eq i32 %36, 31
	br i1 %58, label %67, label %69

59:
	%60 = add i32 %5, %33
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %comp, i64 %61
	store i8 0, i8* %62
	br label %63

63:
	%64 = zext i1 %34 to i32
	%65 = add i32 %27, %64
	%66 = add i32 %26, 256
	br label %25

67:
	%68 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %37
	store i32 %57, i32 addrspace(3)* %68
	br label %69

69:
	call void @llvm.nvvm.barrier0()
	%70 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp sgt i32 %37, 0
	%73 = select i1 %72, i32 %71, i32 0
	%74 = add i32 0, %73
	%75 = add i32 0, %71
	%76 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp sgt i32 %37, 1
	%79 = select i1 %78, i32 %77, i32 0
	%80 = add i32 %74, %79
	%81 = add i32 %75, %77
	%82 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%83 = load i32, i32 addrspace(3)* %82
	%84 = icmp sgt i32 %37, 2
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %80, %85
	%87 = add i32 %81, %83
	%88 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp sgt i32 %37, 3
	%91 = select i1 %90, i32 %89, i32 0
	%92 = add i32 %86, %91
	%93 = add i32 %87, %89
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%95 = load i32, i32 addrspace(3)* %94
	%96 = icmp sgt i32 %37, 4
	%97 = select i1 %96, i32 %95, i32 0
	%98 = add i32 %92, %97
	%99 = add i32 %93, %95
	%100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%101 = load i32, i32 addrspace(3)* %100
	%102 = icmp sgt i32 %37, 5
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %98, %103
	%105 = add i32 %99, %101
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp sgt i32 %37, 6
	%109 = select i1 %108, i32 %107, i32 0
	%110 = add i32 %104, %109
	%111 = add i32 %105, %107
	%112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%113 = load i32, i32 addrspace(3)* %112
	%114 = icmp sgt i32 %37, 7
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %110, %115
	%117 = add i32 %111, %113
	%118 = add i32 %116, %57
	%119 = sub i32 %118, %27
	call void @llvm.nvvm.barrier0()
	br label %120

120:
	%121 = phi i32 [ %0, %69 ], [ %140, %123 ]
	%122 = icmp slt i32 %121, %117
	br i1 %122, label %123, label %141

123:
	%124 = mul i32 %NK, 0
	%125 = add i32 %11, %124
	%126 = add i32 %125, %121
	%127 = sext i32 %126 to i64
	%128 = getelementptr i32, i32* %list, i64 %127
	%129 = load i32, i32* %128
	%130 = sext i32 %126 to i64
	%131 = getelementptr i32, i32* %clist, i64 %130
	store i32 %129, i32* %131
	%132 = mul i32 %NK, 1
	%133 = add i32 %11, %132
	%134 = add i32 %133, %121
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %list, i64 %135
	%137 = load i32, i32* %136
	%138 = sext i32 %134 to i64
	%139 = getelementptr i32, i32* %clist, i64 %138
	store i32 %137, i32* %139
	%140 = add i32 %121, 256
	br label %120

141:
	%142 = add i32 %NK, 63
	%143 = sdiv i32 %142, 64
	%144 = add i32 %143, 255
	%145 = sdiv i32 %144, 256
	%146 = mul i32 %145, 256
	br label %147

147:
	%148 = phi i32 [ 0, %141 ], [ %266, %264 ]
	%149 = phi i32 [ 0, %141 ], [ %265, %264 ]
	%150 = icmp slt i32 %148, %146
	br i1 %150, label %151, label %157

151:
	%152 = add i32 %148, %0
	%153 = mul i32 %152, 64
	%154 = add i32 %153, 64
	%155 = icmp slt i32 %154, %NK
	%156 = select i1 %155, i32 %154, i32 %NK
	br label %160

157:
	%158 = add i32 %117, %149
	%159 = add i32 %158, %0
	br label %267

160:
	%161 = phi i32 [ %153, %151 ], [ %171, %164 ]
	%162 = phi i32 [ 0, %151 ], [ %170, %164 ]
	%163 = icmp slt i32 %161, %156
	br i1 %163, label %164, label %172

164:
	%165 = add i32 %5, %161
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %comp, i64 %166
	%168 = load i8, i8* %167
	%169 = zext i8 %168 to i32
	%170 = or i32 %162, %169
	%171 = add i32 %161, 1
	br label %160

172:
	%173 = icmp ne i32 %162, 0
	%174 = zext i1 %173 to i32
	%175 = and i32 %0, 31
	%176 = lshr i32 %0, 5
	%177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 1, i32 0)
	%178 = icmp uge i32 %175, 1
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %180, i32 2, i32 0)
	%182 = icmp uge i32 %175, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %180, %183
	%185 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %184, i32 4, i32 0)
	%186 = icmp uge i32 %175, 4
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %184, %187
	%189 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %188, i32 8, i32 0)
	%190 = icmp uge i32 %175, 8
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %188, %191
	%193 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %192, i32 16, i32 0)
	%194 = icmp uge i32 %175, 16
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %192, %195
	%197 = icmp eq i32 %175, 31
	br i1 %197, label %198, label %200

198:
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %176
	store i32 %196, i32 addrspace(3)* %199
	br label %200

200:
	call void @llvm.nvvm.barrier0()
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %176, 0
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 0, %204
	%206 = add i32 0, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %176, 1
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %176, 2
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %176, 3
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %176, 4
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%232 = load i32, i32 addrspace(3)* %231
	%233 = icmp sgt i32 %176, 5
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %229, %234
	%236 = add i32 %230, %232
	%237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp sgt i32 %176, 6
	%240 = select i1 %239, i32 %238, i32 0
	%241 = add i32 %235, %240
	%242 = add i32 %236, %238
	%243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%244 = load i32, i32 addrspace(3)* %243
	%245 = icmp sgt i32 %176, 7
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %241, %246
	%248 = add i32 %242, %244
	%249 = add i32 %247, %196
	%250 = sub i32 %249, %174
	%251 = add i32 %117, %149
	%252 = add i32 %251, %250
	%253 = icmp slt i32 %252, %NK
	%254 = and i1 %173, %253
	br i1 %254, label %255, label %264

255:
	%256 = add i32 %NK, %152
	%257 = add i32 %11, %252
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %clist, i64 %258
	store i32 %256, i32* %259
	%260 = add i32 %11, %NK
	%261 = add i32 %260, %252
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	call void @llvm.nvvm.barrier0()
	%265 = add i32 %149, %248
	%266 = add i32 %148, 256
	br label %147

267:
	%268 = phi i32 [ %159, %157 ], [ %278, %270 ]
	%269 = icmp slt i32 %268, %NK
	br i1 %269, label %270, label %279

270:
	%271 = add i32 %11, %268
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %clist, i64 %272
	store i32 -1, i32* %273
	%274 = add i32 %11, %NK
	%275 = add i32 %274, %268
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %clist, i64 %276
	store i32 -1, i32* %277
	%278 = add i32 %268, 256
	br label %267

279:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist24, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick24, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist16, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick16, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist8, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick8, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!11 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!12 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!13 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 64}
!14 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 64}
!15 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 256}
!16 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i16*, i16*, i8*)* @best_attn2, !"maxntidx", i32 128}
!17 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i16*, i16*, i8*)* @best_attn2, !"minctasm", i32 3}
!18 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i8*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
